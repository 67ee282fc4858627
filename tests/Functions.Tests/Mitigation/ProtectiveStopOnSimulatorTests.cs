using Bitget.Simulator.Accounts;
using Bitget.Simulator.Orders;
using Functions.Tests.Alerting.Support;
using Functions.Tests.Support;
using Sentinel.TestSupport;

namespace Functions.Tests.Mitigation;

/// <summary>
/// The protective-stop watchdog end to end: the whole app on Azurite ticks against the simulator over loopback (classic
/// v2 and unified v3); stops are counted as the simulator holds them, and the simulator fires them on the mark price.
/// </summary>
[Collection(AlertingAzuriteGroup.Name)]
public sealed class ProtectiveStopOnSimulatorTests(AzuriteFixture azurite)
{
    private const string Btc = "BTCUSDT";

    private const string FivePercent = """
        {"id":"keep-stop","type":"protective_stop","channels":["teams","webhook"],"stop":{"markPercent":5}}
        """;

    public static TheoryData<AccountKind> Kinds => new() { AccountKind.Classic, AccountKind.Unified };

    [Theory]
    [MemberData(nameof(SimulatorFixture.Accounts), MemberType = typeof(SimulatorFixture))]
    public async Task NewPosition_GetsOneReduceOnlyMarkPriceStopAtTheConfiguredDistance(AccountKind kind, PositionMode mode)
    {
        await using var h = await StartAsync(kind, mode, "live", FivePercent);

        await h.TickAtAsync(60_000m);
        await h.TickAtAsync(60_000m);

        var stop = Assert.Single(LivePlans(h));
        Assert.Equal((Btc, PositionSide.Long, 57_000m, true, (decimal?)null), (stop.Symbol, stop.PositionSide, stop.TriggerPrice, stop.TriggerOnMark, stop.Size));
        Assert.StartsWith("spl", stop.ClientOid, StringComparison.Ordinal);
        Assert.Empty(h.Orders);
        Assert.Equal(["risk.planned", "risk.placed"], await h.AuditActionsAsync());
        Assert.Single(h.Teams.Accepted.Select(Payloads.TeamsTitle), t => t.StartsWith("MITIGATION PLACED", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task PartialClose_RearmsTheStopForTheNewSize_AndLeavesExactlyOne(AccountKind kind)
    {
        await using var h = await StartAsync(kind, PositionMode.OneWay, "live", FivePercent);
        await h.TickAtAsync(60_000m);
        var first = Assert.Single(LivePlans(h));

        h.Sim.Exchange.PlaceOrder(h.Sim.ApiKey, new OrderRequest(Btc, OrderSide.Sell, OrderAction.Reduce, null, OrderKind.Market, 0.5m, null, "user-partial"));
        await h.TickAtAsync(60_000m);

        var rearmed = Assert.Single(LivePlans(h));
        Assert.Equal(57_000m, rearmed.TriggerPrice);
        Assert.DoesNotContain("risk.failed", await h.AuditActionsAsync());
        if (kind == AccountKind.Classic)
        {
            Assert.Contains("re-armed", await ReasonsAsync(h), StringComparer.Ordinal);
            Assert.NotEqual(first.ClientOid, rearmed.ClientOid);
            Assert.Equal(PlanStatus.Canceled, h.Sim.Exchange.PlanOrders(h.Sim.ApiKey).Single(p => p.OrderId == first.OrderId).Status);
        }
        else
        {
            // v3 keeps one full TP/SL per side, and a full one covers any size: here it already sits at the trigger, so it stays.
            Assert.Equal(first.OrderId, rearmed.OrderId);
            Assert.Contains(await ReasonsAsync(h), r => r.StartsWith("kept:", StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task PriceRises_TheStopIsTightened_PriceFallsBack_ItIsNeverLoosened(AccountKind kind)
    {
        await using var h = await StartAsync(kind, PositionMode.OneWay, "live", FivePercent);
        await h.TickAtAsync(60_000m);

        await h.TickAtAsync(63_000m);
        var tightened = Assert.Single(LivePlans(h)).TriggerPrice;
        await h.TickAtAsync(61_000m);

        Assert.Equal(59_850m, tightened);
        Assert.Equal(59_850m, Assert.Single(LivePlans(h)).TriggerPrice);
        // v2 replaces the whole-position stop with a new plan; v3 moves its one full TP/SL in place.
        Assert.Equal(kind == AccountKind.Classic ? 2 : 1, h.Sim.Exchange.PlanOrders(h.Sim.ApiKey).Count);
        Assert.DoesNotContain("risk.failed", await h.AuditActionsAsync());
    }

    [Fact]
    public async Task Unified_Tighten_MovesTheOneFullStopInPlace_NoSecondPlacementAnd25594()
    {
        await using var h = await StartAsync(AccountKind.Unified, PositionMode.OneWay, "live", FivePercent);
        await h.TickAtAsync(60_000m);
        var first = Assert.Single(LivePlans(h));

        await h.TickAtAsync(63_000m);
        await h.TickAtAsync(63_000m);

        var moved = Assert.Single(LivePlans(h));
        Assert.Equal((first.OrderId, first.ClientOid, 59_850m), (moved.OrderId, moved.ClientOid, moved.TriggerPrice));
        Assert.Single(h.Sim.Requests.All, r => r.Path == "/api/v3/trade/modify-strategy-order");
        Assert.Single(h.Sim.Requests.All, r => r.Path == "/api/v3/trade/place-strategy-order");
        Assert.DoesNotContain(h.Sim.Requests.All, r => r.Path == "/api/v3/trade/cancel-strategy-order");
        Assert.Equal(["risk.planned", "risk.placed", "risk.planned", "risk.placed"], await h.AuditActionsAsync());
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task PositionClosed_AStopTheExchangeLeftBehind_IsCancelledAsAnOrphan(AccountKind kind)
    {
        await using var h = await StartAsync(kind, PositionMode.OneWay, "live", FivePercent, keepPlansAfterClose: true);
        await h.TickAtAsync(60_000m);
        var stop = Assert.Single(LivePlans(h));

        h.Sim.Exchange.PlaceOrder(h.Sim.ApiKey, new OrderRequest(Btc, OrderSide.Sell, OrderAction.Reduce, null, OrderKind.Market, 1.5m, null, "user-close"));
        await h.TickAtAsync(60_000m);

        Assert.Empty(h.Sim.Exchange.Positions(h.Sim.ApiKey));
        Assert.Empty(LivePlans(h));
        Assert.Equal(PlanStatus.Canceled, h.Sim.Exchange.PlanOrders(h.Sim.ApiKey).Single(p => p.OrderId == stop.OrderId).Status);
        var cancel = (await h.AuditAsync()).Single(r => r.GetString("Step") == "cancel_stop" && r.GetString("Action") != "risk.planned");
        Assert.Equal("risk.filled", cancel.GetString("Action"));
        Assert.Contains("orphan", cancel.GetString("Reason"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task AppStopped_PriceFallsThroughTheStop_TheExchangeClosesThePositionAtTheStop(AccountKind kind)
    {
        await using var h = await StartAsync(kind, PositionMode.OneWay, "live", FivePercent);
        await h.TickAtAsync(60_000m);
        Assert.Single(LivePlans(h));
        var requests = h.Sim.Requests.All.Count;

        foreach (var price in new[] { 59_000m, 58_000m, 57_500m, 57_000m, 56_000m })
        {
            h.Clock.Advance(TimeSpan.FromSeconds(30));
            h.Sim.Prices.Set(Btc, price);
        }

        Assert.Equal(requests, h.Sim.Requests.All.Count);
        Assert.Empty(h.Sim.Exchange.Positions(h.Sim.ApiKey));
        var close = Assert.Single(h.Orders);
        Assert.True(close.ReduceOnly);
        Assert.Equal((OrderSide.Sell, OrderStatus.Filled, 1.5m, 57_000m), (close.Direction, close.Status, close.FilledSize, close.AveragePrice));
        Assert.Equal(PlanStatus.Executed, Assert.Single(h.Sim.Exchange.PlanOrders(h.Sim.ApiKey)).Status);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task PlaceReplyLost_NoDuplicateStop(AccountKind kind)
    {
        await using var h = await StartAsync(kind, PositionMode.OneWay, "live", FivePercent);
        var path = kind == AccountKind.Classic ? "/api/v2/mix/order/place-tpsl-order" : "/api/v3/trade/place-strategy-order";
        h.Sim.Faults.LoseResponse(path, times: 3);

        for (var tick = 0; tick < 4; tick++)
        {
            await h.TickAtAsync(60_000m);
        }

        var plans = h.Sim.Exchange.PlanOrders(h.Sim.ApiKey);
        var stop = Assert.Single(plans);
        Assert.Equal(PlanStatus.Live, stop.Status);
        Assert.Single(plans, p => p.ClientOid == stop.ClientOid);
    }

    [Theory]
    [InlineData(PositionMode.OneWay)]
    [InlineData(PositionMode.Hedge)]
    public async Task RiskRuleStopLoss_LooserThanTheKeepersStop_DoesNotReplaceIt(PositionMode mode)
    {
        await using var h = await StartAsync(AccountKind.Classic, mode, "live", """
            {"id":"keep-stop","type":"protective_stop","channels":["teams"],"stop":{"markPercent":2}}
            """);
        await h.TickAtAsync(60_000m);
        Assert.Equal(58_800m, Assert.Single(LivePlans(h)).TriggerPrice);

        var riskStop = await h.ExecuteOnLiveLongAsync("loss-stop", new Sentinel.Core.Risk.RiskStep(Sentinel.Core.Risk.RiskActionKind.StopLoss, 0m, 3m));
        await h.TickAtAsync(60_000m);

        Assert.Equal(Sentinel.Functions.Mitigation.GuardDecision.Skipped, riskStop.Decision);
        Assert.StartsWith("a tighter stop is already in place", riskStop.Reason, StringComparison.Ordinal);
        var stop = Assert.Single(LivePlans(h));
        Assert.Equal(58_800m, stop.TriggerPrice);
        Assert.StartsWith("spl", stop.ClientOid, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task OrphanCancel_FromAStaleSnapshot_TheFreshReadStillHoldsThePosition_Aborted_TheStopStays(AccountKind kind)
    {
        await using var h = await StartAsync(kind, PositionMode.OneWay, "live", FivePercent);
        await h.TickAtAsync(60_000m);
        var stop = Assert.Single(LivePlans(h));

        // What the planner asks for a stop whose position side a stale (or empty) snapshot no longer shows.
        var gone = new Bitget.Client.Trading.ExchangePosition(Btc, string.Empty, Bitget.Client.Trading.PositionSide.Long, Bitget.Client.Trading.PositionMode.OneWay,
            Bitget.Client.Trading.MarginMode.Crossed, 0m, 0m, 0m, 0m, null, 0m, 0m, 0m, null, null, default);
        var cancel = new Sentinel.Functions.Mitigation.MitigationRequest("test", "keep-stop", gone, new Sentinel.Core.Risk.RiskStep(Sentinel.Core.Risk.RiskActionKind.CancelStop, 0m, 0m), 0,
            Sentinel.Core.Risk.ProtectiveStopClientOid.Cancel(stop.OrderId), null, ["teams"], TargetOrderId: stop.OrderId, Purpose: "orphan: its position side is closed");
        var result = await h.RunAsync(h.Get<Sentinel.Functions.Mitigation.MitigationGuard>().ExecuteAsync(cancel));

        Assert.Equal(Sentinel.Functions.Mitigation.GuardDecision.Aborted, result.Decision);
        Assert.Contains("still holds", result.Reason, StringComparison.Ordinal);
        Assert.Equal(stop.OrderId, Assert.Single(LivePlans(h)).OrderId);
        Assert.Contains("risk.aborted", await h.AuditActionsAsync());
    }

    [Fact]
    public async Task LiquidationFraction_TriggersHalfWayToLiquidation_RoundedAwayFromTheMark()
    {
        await using var h = await StartAsync(AccountKind.Classic, PositionMode.OneWay, "live",
            """{"id":"half-way","type":"protective_stop","channels":["teams"],"stop":{"liquidationFraction":0.5}}""");

        await h.TickAtAsync(60_000m);

        var liquidation = Assert.Single(h.Sim.Exchange.Positions(h.Sim.ApiKey)).LiquidationPrice;
        Assert.True(liquidation is > 0m and < 60_000m, $"liquidation at {liquidation}");
        var expected = decimal.Floor((60_000m + ((liquidation - 60_000m) / 2m)) * 10m) / 10m;
        Assert.Equal(expected, Assert.Single(LivePlans(h)).TriggerPrice);
    }

    [Fact]
    public async Task DryRun_PlacesNothing_AndAuditsThePlanOncePerChange()
    {
        await using var h = await StartAsync(AccountKind.Unified, PositionMode.OneWay, "dry-run", FivePercent, keepPlansAfterClose: true);

        await h.TickAtAsync(60_000m);
        await h.TickAtAsync(60_000m);
        h.Sim.Exchange.PlaceOrder(h.Sim.ApiKey, new OrderRequest(Btc, OrderSide.Sell, OrderAction.Reduce, null, OrderKind.Market, 1.5m, null, "user-close"));
        await h.TickAtAsync(60_000m);
        await h.TickAtAsync(60_000m);

        Assert.Empty(h.Sim.Exchange.PlanOrders(h.Sim.ApiKey));
        var rows = (await h.AuditAsync()).Reverse().Where(r => r.GetString("Action") == "risk.dry-run").ToList();
        Assert.Equal(["protective_stop", "cancel_stop"], rows.Select(r => r.GetString("Step")));
        Assert.Contains("57000", rows[0].GetString("Reason"), StringComparison.Ordinal);
    }

    private static List<PlanOrderState> LivePlans(AppOnSimulator h) => [.. h.Sim.Exchange.PlanOrders(h.Sim.ApiKey).Where(p => p.Status == PlanStatus.Live)];

    private static async Task<List<string>> ReasonsAsync(AppOnSimulator h) =>
        [.. (await h.AuditAsync()).Select(r => r.GetString("Reason") ?? string.Empty).Select(r => r.Contains("re-armed", StringComparison.Ordinal) ? "re-armed" : r)];

    private async Task<AppOnSimulator> StartAsync(AccountKind kind, PositionMode mode, string riskMode, string rule, bool keepPlansAfterClose = false)
    {
        var h = await AppOnSimulator.StartAsync(azurite, new SimulatedAccountOptions { Kind = kind, PositionMode = mode, KeepPlansAfterClose = keepPlansAfterClose }, riskMode);
        h.Sim.SeedPosition(Btc, PositionSide.Long, 1.5m, 60_000m, leverage: 10m);
        await h.App.AddRuleAsync(rule);
        return h;
    }
}
