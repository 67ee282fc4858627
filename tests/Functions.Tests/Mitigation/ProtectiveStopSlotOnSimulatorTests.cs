using Bitget.Simulator.Accounts;
using Bitget.Simulator.Exchange;
using Bitget.Simulator.Orders;
using Functions.Tests.Alerting.Support;
using Functions.Tests.Support;
using Sentinel.TestSupport;

namespace Functions.Tests.Mitigation;

/// <summary>
/// The one full TP/SL Bitget allows per symbol and side on UTA (v3): a looser full stop of the user's takes it, so the
/// keeper's stop cannot be placed; and a re-arm that finds the one stop already right sends and claims nothing. The
/// whole app on Azurite against the simulator over loopback, requests and stops counted as the simulator saw them.
/// </summary>
[Collection(AlertingAzuriteGroup.Name)]
public sealed class ProtectiveStopSlotOnSimulatorTests(AzuriteFixture azurite)
{
    private const string Btc = "BTCUSDT";
    private const string PlaceStrategy = "/api/v3/trade/place-strategy-order";
    private const string SlotTaken = "occupies the one full TP/SL slot";

    private const string FivePercent = """
        {"id":"keep-stop","type":"protective_stop","channels":["teams","webhook"],"stop":{"markPercent":5}}
        """;

    [Theory]
    [InlineData(PositionMode.OneWay)]
    [InlineData(PositionMode.Hedge)]
    public async Task Unified_UsersLooserFullStop_OneNoticeAndOneBlockedAudit_NoPlacementOver10Ticks(PositionMode mode)
    {
        await using var h = await StartAsync(AccountKind.Unified, mode);
        var user = UsersFullStop(h, 55_000m);

        for (var tick = 0; tick < 10; tick++)
        {
            await h.TickAtAsync(60_000m);
        }

        Assert.DoesNotContain(h.Sim.Requests.All, r => r.Path == PlaceStrategy);
        Assert.Equal((user.OrderId, 55_000m), (Assert.Single(LivePlans(h)).OrderId, Assert.Single(LivePlans(h)).TriggerPrice));
        var blocked = Assert.Single(await BlockedAsync(h));
        Assert.Equal("risk.skipped", blocked.GetString("Action"));
        Assert.Equal(
            $"blocked: your own full-position stop {user.OrderId} at 55000 on BTCUSDT long occupies the one full TP/SL slot Bitget allows per symbol and side, so Sentinel's protective stop at 57000 cannot be placed; tighten yours to 57000 or closer, or remove it",
            blocked.GetString("Reason"));
        Assert.DoesNotContain("risk.failed", await h.AuditActionsAsync());
        Assert.Single(h.Teams.Accepted, m => m.ToJsonString().Contains(SlotTaken, StringComparison.Ordinal));
        Assert.Single(h.Webhook.Accepted, m => m.ToJsonString().Contains(SlotTaken, StringComparison.Ordinal));
        Assert.Equal(2, (await h.AuditActionsAsync()).Count);
    }

    [Theory]
    [InlineData(PositionMode.OneWay)]
    [InlineData(PositionMode.Hedge)]
    public async Task Unified_UserRemovesTheirLooserFullStop_NextTickPlacesExactlyOneOfSentinels(PositionMode mode)
    {
        await using var h = await StartAsync(AccountKind.Unified, mode);
        var user = UsersFullStop(h, 55_000m);
        await h.TickAtAsync(60_000m);
        await h.TickAtAsync(60_000m);

        h.Sim.Exchange.CancelPlan(h.Sim.ApiKey, user.OrderId, null);
        await h.TickAtAsync(60_000m);
        await h.TickAtAsync(60_000m);

        var stop = Assert.Single(LivePlans(h));
        Assert.Equal(57_000m, stop.TriggerPrice);
        Assert.StartsWith("spl", stop.ClientOid, StringComparison.Ordinal);
        Assert.Single(h.Sim.Requests.All, r => r.Path == PlaceStrategy);
        Assert.Single(h.Teams.Accepted.Select(Payloads.TeamsTitle), t => t.StartsWith("MITIGATION PLACED", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unified_UserSwapsSentinelsStopForALooserOneOfTheirOwn_ReportedOnce_NotPlacedAgain()
    {
        await using var h = await StartAsync(AccountKind.Unified, PositionMode.OneWay);
        await h.TickAtAsync(60_000m);
        h.Sim.Exchange.CancelPlan(h.Sim.ApiKey, Assert.Single(LivePlans(h)).OrderId, null);
        var user = UsersFullStop(h, 55_000m);

        for (var tick = 0; tick < 5; tick++)
        {
            await h.TickAtAsync(60_000m);
        }

        Assert.Equal(user.OrderId, Assert.Single(LivePlans(h)).OrderId);
        Assert.Single(await BlockedAsync(h));
        Assert.Single(h.Sim.Requests.All, r => r.Path == PlaceStrategy);
        Assert.Single(h.Teams.Accepted, m => m.ToJsonString().Contains(SlotTaken, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unified_Blocked_UserMovesTheirStop_OrTheWantedStopTightens_ANewNoticeEachTime_ThenQuietAgain()
    {
        await using var h = await StartAsync(AccountKind.Unified, PositionMode.OneWay);
        var user = UsersFullStop(h, 55_000m);
        await h.TickAtAsync(60_000m);

        h.Sim.Exchange.CancelPlan(h.Sim.ApiKey, user.OrderId, null);
        var moved = UsersFullStop(h, 56_000m);
        await h.TickAtAsync(60_000m);
        await h.TickAtAsync(60_000m);
        await h.TickAtAsync(63_000m);
        await h.TickAtAsync(63_000m);
        await h.TickAtAsync(62_900m);

        var reasons = (await BlockedAsync(h)).Select(r => r.GetString("Reason")!).Reverse().ToList();
        Assert.Equal(3, reasons.Count);
        Assert.Contains($"{user.OrderId} at 55000", reasons[0], StringComparison.Ordinal);
        Assert.Contains($"{moved.OrderId} at 56000", reasons[1], StringComparison.Ordinal);
        Assert.Contains("protective stop at 59850", reasons[2], StringComparison.Ordinal);
        Assert.Equal(3, h.Teams.Accepted.Count(m => m.ToJsonString().Contains(SlotTaken, StringComparison.Ordinal)));
        Assert.DoesNotContain(h.Sim.Requests.All, r => r.Path == PlaceStrategy);
    }

    [Fact]
    public async Task Unified_PlaceRefusedWith25594_IsARefusalNotAnUnknownOutcome_TriedAgainAfterTheRetryInterval()
    {
        await using var h = await StartAsync(AccountKind.Unified, PositionMode.OneWay);
        h.Sim.Faults.Maintenance(PlaceStrategy, times: 1, code: "25594", message: "Only one full-position take-profit/stop-loss is allowed per symbol and position side");

        await h.TickAtAsync(60_000m);
        await h.TickAtAsync(60_000m);
        var afterTheRefusal = h.Sim.Requests.All.Count(r => r.Path == PlaceStrategy);
        await h.TickAtAsync(60_000m);
        await h.TickAtAsync(60_000m);

        var failed = (await h.AuditAsync()).Single(r => r.GetString("Action") == "risk.failed");
        Assert.Equal("refused by the exchange: PositionConflict (25594)", failed.GetString("Reason"));
        Assert.DoesNotContain("risk.unknown", await h.AuditActionsAsync());
        Assert.Equal(1, afterTheRefusal);
        Assert.Equal(2, h.Sim.Requests.All.Count(r => r.Path == PlaceStrategy));
        Assert.Equal(57_000m, Assert.Single(LivePlans(h)).TriggerPrice);
    }

    [Fact]
    public async Task Classic_UsersLooserWholePositionStop_IsReplacedBySentinels_AsBefore()
    {
        await using var h = await StartAsync(AccountKind.Classic, PositionMode.OneWay);
        h.Sim.Exchange.PlacePlan(h.Sim.ApiKey, new PlanRequest(Btc, PlanType.PositionLoss, PositionSide.Long, 55_000m, true, null, "user-full-stop"));

        await h.TickAtAsync(60_000m);
        await h.TickAtAsync(60_000m);

        var stop = Assert.Single(LivePlans(h));
        Assert.Equal(57_000m, stop.TriggerPrice);
        Assert.StartsWith("spl", stop.ClientOid, StringComparison.Ordinal);
        Assert.Empty(await BlockedAsync(h));
    }

    [Fact]
    public async Task Unified_PartialClose_TheStopAlreadyCoversTheNewSize_AuditedAsKept_NothingSent_NoPlacedNotice()
    {
        await using var h = await StartAsync(AccountKind.Unified, PositionMode.OneWay);
        await h.TickAtAsync(60_000m);
        var first = Assert.Single(LivePlans(h));
        var writes = h.Sim.Requests.All.Count(r => r.Method == "POST");

        h.Sim.Exchange.PlaceOrder(h.Sim.ApiKey, new OrderRequest(Btc, OrderSide.Sell, OrderAction.Reduce, null, OrderKind.Market, 0.5m, null, "user-partial"));
        await h.TickAtAsync(60_000m);
        await h.TickAtAsync(60_000m);
        await h.TickAtAsync(60_000m);

        Assert.Equal((first.OrderId, 57_000m), (Assert.Single(LivePlans(h)).OrderId, Assert.Single(LivePlans(h)).TriggerPrice));
        Assert.Equal(writes, h.Sim.Requests.All.Count(r => r.Method == "POST"));
        var after = (await h.AuditAsync()).Reverse().Skip(2).ToList();
        var kept = Assert.Single(after);
        Assert.Equal("risk.skipped", kept.GetString("Action"));
        Assert.Equal($"kept: the stop {first.OrderId} at 57000 already covers the whole position, now 1; nothing sent", kept.GetString("Reason"));
        Assert.Single(h.Teams.Accepted);
        Assert.DoesNotContain(h.Teams.Accepted.Select(Payloads.TeamsTitle), t => t.Contains("SKIPPED", StringComparison.Ordinal));
    }

    private static PlanOrderState UsersFullStop(AppOnSimulator h, decimal trigger) =>
        Assert.Single(h.Sim.Exchange.PlaceStrategy(h.Sim.ApiKey, null, new PlanRequest(Btc, PlanType.PositionLoss, PositionSide.Long, trigger, true, null, $"user-stop-{trigger}")));

    private static List<PlanOrderState> LivePlans(AppOnSimulator h) => [.. h.Sim.Exchange.PlanOrders(h.Sim.ApiKey).Where(p => p.Status == PlanStatus.Live)];

    private static async Task<List<Azure.Data.Tables.TableEntity>> BlockedAsync(AppOnSimulator h) =>
        [.. (await h.AuditAsync()).Where(r => r.GetString("Action") != "risk.planned" && r.GetString("Reason")!.StartsWith("blocked:", StringComparison.Ordinal))];

    private async Task<AppOnSimulator> StartAsync(AccountKind kind, PositionMode mode)
    {
        var h = await AppOnSimulator.StartAsync(azurite, new SimulatedAccountOptions { Kind = kind, PositionMode = mode }, "live");
        h.Sim.SeedPosition(Btc, PositionSide.Long, 1.5m, 60_000m, leverage: 10m);
        await h.App.AddRuleAsync(FivePercent);
        return h;
    }
}
