using Bitget.Simulator.Accounts;
using Bitget.Simulator.Exchange;
using Bitget.Simulator.Orders;
using Functions.Tests.Alerting.Support;
using Functions.Tests.Support;
using Sentinel.Core.Risk;
using Sentinel.Functions.Mitigation;
using Sentinel.TestSupport;

namespace Functions.Tests.Mitigation;

/// <summary>
/// Protective stops that vanish while their position stays open, and the "never replace a tighter stop" check on UTA:
/// the whole app on Azurite against the simulator over loopback, stops counted as the simulator holds them.
/// </summary>
[Collection(AlertingAzuriteGroup.Name)]
public sealed class ProtectiveStopReplaceOnSimulatorTests(AzuriteFixture azurite)
{
    private const string Btc = "BTCUSDT";

    private const string FivePercent = """
        {"id":"keep-stop","type":"protective_stop","channels":["teams","webhook"],"stop":{"markPercent":5}}
        """;

    private const string FivePercentMayLoosen = """
        {"id":"keep-stop","type":"protective_stop","channels":["teams","webhook"],"stop":{"markPercent":5,"loosen":true}}
        """;

    // A 10x long sits about 10 % from liquidation: within 50 % from the first tick; its one stop_loss stage repeats every
    // minute, each time 3 % under the mark, while that is tighter than the last (the ratchet).
    private const string Ratchet = """
        {"id":"liq-ratchet","type":"liquidation_distance","threshold":50,"clear":90,"severity":"critical","channels":["teams"],
         "action":{"stages":[{"type":"stop_loss","stopDistancePercent":3}],"stageMinutes":1}}
        """;

    public static TheoryData<AccountKind> Kinds => new() { AccountKind.Classic, AccountKind.Unified };

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task StopCancelledAtTheExchange_PositionStillOpen_NextTickPlacesExactlyOneAgain_UnderANewClientOid(AccountKind kind)
    {
        await using var h = await StartAsync(kind);
        await h.TickAtAsync(60_000m);
        var first = Assert.Single(LivePlans(h));

        h.Sim.Exchange.CancelPlan(h.Sim.ApiKey, first.OrderId, null);
        await h.TickAtAsync(60_000m);
        await h.TickAtAsync(60_000m);

        var again = Assert.Single(LivePlans(h));
        Assert.Equal(57_000m, again.TriggerPrice);
        Assert.NotEqual(first.ClientOid, again.ClientOid);
        Assert.StartsWith(first.ClientOid, again.ClientOid, StringComparison.Ordinal);
        var replaced = (await h.AuditAsync()).Single(r => r.GetString("Action") == "risk.placed" && r.GetString("Reason")!.Contains("re-placed: the stop was gone", StringComparison.Ordinal));
        Assert.Equal("protective_stop", replaced.GetString("Step"));
        Assert.Equal(2, h.Teams.Accepted.Select(Payloads.TeamsTitle).Count(t => t.StartsWith("MITIGATION PLACED", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task StopCancelledAtTheExchange_ReplaceReplyLost_StillExactlyOneStopAfterTheFollowUpTicks(AccountKind kind)
    {
        await using var h = await StartAsync(kind);
        await h.TickAtAsync(60_000m);
        var first = Assert.Single(LivePlans(h));
        h.Sim.Exchange.CancelPlan(h.Sim.ApiKey, first.OrderId, null);
        h.Sim.Faults.LoseResponse(kind == AccountKind.Classic ? "/api/v2/mix/order/place-tpsl-order" : "/api/v3/trade/place-strategy-order", times: 2);

        for (var tick = 0; tick < 5; tick++)
        {
            await h.TickAtAsync(60_000m);
        }

        var again = Assert.Single(LivePlans(h));
        Assert.Equal(57_000m, again.TriggerPrice);
        Assert.Single(h.Sim.Exchange.PlanOrders(h.Sim.ApiKey), p => p.ClientOid == again.ClientOid);
        Assert.Equal(2, h.Sim.Exchange.PlanOrders(h.Sim.ApiKey).Count);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task StopCancelledTwice_EachTimePlacedAgain_UnderTheNextGeneration(AccountKind kind)
    {
        await using var h = await StartAsync(kind);
        await h.TickAtAsync(60_000m);

        for (var round = 0; round < 2; round++)
        {
            h.Sim.Exchange.CancelPlan(h.Sim.ApiKey, Assert.Single(LivePlans(h)).OrderId, null);
            await h.TickAtAsync(60_000m);
        }

        var clientOids = h.Sim.Exchange.PlanOrders(h.Sim.ApiKey).Select(p => p.ClientOid).ToList();
        Assert.Equal(3, clientOids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(clientOids[0] + "r2", Assert.Single(LivePlans(h)).ClientOid);
    }

    [Fact]
    public async Task Unified_StopMovedInPlace_AnotherInstanceWithNoMemoryOfIt_LeavesItAlone()
    {
        await using var h = await StartAsync(AccountKind.Unified);
        await h.TickAtAsync(60_000m);
        await h.TickAtAsync(63_000m);
        var moved = Assert.Single(LivePlans(h));
        var writes = h.Sim.Requests.All.Count(r => r.Method == "POST");
        var audited = (await h.AuditActionsAsync()).Count;
        await using var restarted = await h.StartSecondInstanceAsync(azurite);

        await h.TickAtAsync(63_000m, restarted);
        await h.TickAtAsync(63_000m, restarted);

        Assert.Equal((moved.OrderId, 59_850m), (Assert.Single(LivePlans(h)).OrderId, Assert.Single(LivePlans(h)).TriggerPrice));
        Assert.Equal(writes, h.Sim.Requests.All.Count(r => r.Method == "POST"));
        Assert.Equal(audited, (await h.AuditActionsAsync()).Count);
    }

    [Theory]
    [InlineData(PositionMode.OneWay)]
    [InlineData(PositionMode.Hedge)]
    public async Task Unified_RiskRuleStopLoss_LooserThanTheUsersFullStop_IsSkipped_AndTheUsersStopStays(PositionMode mode)
    {
        await using var h = await StartAsync(AccountKind.Unified, mode, rule: null);
        var user = Assert.Single(h.Sim.Exchange.PlaceStrategy(h.Sim.ApiKey, null, new PlanRequest(Btc, PlanType.PositionLoss, PositionSide.Long, 59_000m, true, null, "user-full-stop")));

        var riskStop = await h.ExecuteOnLiveLongAsync("loss-stop", new RiskStep(RiskActionKind.StopLoss, 0m, 3m));

        Assert.Equal(GuardDecision.Skipped, riskStop.Decision);
        Assert.Equal($"a tighter stop is already in place ({user.OrderId} at 59000)", riskStop.Reason);
        var stop = Assert.Single(LivePlans(h));
        Assert.Equal(("user-full-stop", 59_000m), (stop.ClientOid, stop.TriggerPrice));
        Assert.DoesNotContain(h.Sim.Requests.All, r => r.Path == "/api/v3/trade/place-strategy-order");
    }

    [Fact]
    public async Task Unified_RiskRuleStopLoss_TighterThanTheKeepersStop_MovesItThere_OneStopNo25594_AndTheKeeperKeepsIt()
    {
        await using var h = await StartAsync(AccountKind.Unified);
        await h.TickAtAsync(60_000m);
        var keepers = Assert.Single(LivePlans(h));

        var riskStop = await h.ExecuteOnLiveLongAsync("loss-stop", new RiskStep(RiskActionKind.StopLoss, 0m, 1m));
        await h.TickAtAsync(60_000m);
        await h.TickAtAsync(60_000m);

        Assert.Equal(GuardDecision.Placed, riskStop.Decision);
        var stop = Assert.Single(LivePlans(h));
        Assert.Equal((keepers.OrderId, 59_400m), (stop.OrderId, stop.TriggerPrice));
        Assert.DoesNotContain("risk.failed", await h.AuditActionsAsync());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Unified_WatchdogMayLoosen_ARiskRuleMovedItsStopTighter_ItNeverLoosensThatStop_NorAfterARestart(bool restart)
    {
        await using var h = await StartAsync(AccountKind.Unified, rule: FivePercentMayLoosen);
        await h.TickAtAsync(60_000m);
        var keepers = Assert.Single(LivePlans(h));
        Assert.Equal(GuardDecision.Placed, (await h.ExecuteOnLiveLongAsync("loss-stop", new RiskStep(RiskActionKind.StopLoss, 0m, 1m))).Decision);
        await using var restarted = restart ? await h.StartSecondInstanceAsync(azurite) : null;

        foreach (var mark in new[] { 60_000m, 60_500m, 61_000m, 61_500m })
        {
            await h.TickAtAsync(mark, restarted);
        }

        var stop = Assert.Single(LivePlans(h));
        Assert.Equal((keepers.OrderId, 59_400m), (stop.OrderId, stop.TriggerPrice));
    }

    [Fact]
    public async Task Unified_RatchetingStopLoss_MovesItsOwnStopEachTime_OneFullStopAtTheTightest_No25594()
    {
        await using var h = await StartAsync(AccountKind.Unified, rule: Ratchet);
        foreach (var mark in new[] { 60_000m, 61_000m, 61_000m, 62_000m, 62_000m })
        {
            await h.TickAtAsync(mark);
        }

        var stop = Assert.Single(LivePlans(h));
        Assert.Equal(60_140m, stop.TriggerPrice);
        Assert.Single(h.Sim.Requests.All, r => r.Path == "/api/v3/trade/place-strategy-order");
        Assert.Equal(2, h.Sim.Requests.All.Count(r => r.Path == "/api/v3/trade/modify-strategy-order" && r.Status == 200));
        Assert.All(h.Sim.Requests.All.Where(r => r.Method == "POST"), r => Assert.Equal(200, r.Status));
        Assert.DoesNotContain("risk.failed", await h.AuditActionsAsync());
    }

    [Fact]
    public async Task Unified_WatchdogTighterThanARiskRulesFullStop_MovesThatStop_No25594()
    {
        await using var h = await StartAsync(AccountKind.Unified, rule: null);
        Assert.Equal(GuardDecision.Placed, (await h.ExecuteOnLiveLongAsync("loss-stop", new RiskStep(RiskActionKind.StopLoss, 0m, 5m))).Decision);
        var riskStop = Assert.Single(LivePlans(h));
        await h.App.AddRuleAsync("""{"id":"keep-stop","type":"protective_stop","channels":["teams"],"stop":{"markPercent":2}}""");

        await h.TickAtAsync(60_000m);
        await h.TickAtAsync(60_000m);

        var stop = Assert.Single(LivePlans(h));
        Assert.Equal((riskStop.OrderId, 58_800m), (stop.OrderId, stop.TriggerPrice));
        Assert.Single(h.Sim.Requests.All, r => r.Path == "/api/v3/trade/place-strategy-order");
        Assert.DoesNotContain("risk.failed", await h.AuditActionsAsync());
    }

    [Fact]
    public async Task Unified_RiskRuleStopLoss_TighterThanTheUsersFullStop_NeverMovesTheUsersStop()
    {
        await using var h = await StartAsync(AccountKind.Unified, rule: null);
        h.Sim.Exchange.PlaceStrategy(h.Sim.ApiKey, null, new PlanRequest(Btc, PlanType.PositionLoss, PositionSide.Long, 57_000m, true, null, "user-full-stop"));

        var riskStop = await h.ExecuteOnLiveLongAsync("loss-stop", new RiskStep(RiskActionKind.StopLoss, 0m, 1m));

        Assert.Equal(GuardDecision.Failed, riskStop.Decision);
        var stop = Assert.Single(LivePlans(h));
        Assert.Equal(("user-full-stop", 57_000m), (stop.ClientOid, stop.TriggerPrice));
        Assert.DoesNotContain(h.Sim.Requests.All, r => r.Path == "/api/v3/trade/modify-strategy-order");
    }

    [Fact]
    public async Task Unified_ProtectiveStopLooserThanTheUsersFullStop_IsNotPlaced()
    {
        await using var h = await StartAsync(AccountKind.Unified);
        h.Sim.Exchange.PlaceStrategy(h.Sim.ApiKey, null, new PlanRequest(Btc, PlanType.PositionLoss, PositionSide.Long, 59_000m, true, null, "user-full-stop"));

        await h.TickAtAsync(60_000m);
        await h.TickAtAsync(60_000m);

        Assert.Equal("user-full-stop", Assert.Single(LivePlans(h)).ClientOid);
        Assert.Empty(await h.AuditActionsAsync());
    }

    private static List<PlanOrderState> LivePlans(AppOnSimulator h) => [.. h.Sim.Exchange.PlanOrders(h.Sim.ApiKey).Where(p => p.Status == PlanStatus.Live)];

    private async Task<AppOnSimulator> StartAsync(AccountKind kind, PositionMode mode = PositionMode.OneWay, string? rule = FivePercent)
    {
        var h = await AppOnSimulator.StartAsync(azurite, new SimulatedAccountOptions { Kind = kind, PositionMode = mode }, "live");
        h.Sim.SeedPosition(Btc, PositionSide.Long, 1.5m, 60_000m, leverage: 10m);
        if (rule is not null)
        {
            await h.App.AddRuleAsync(rule);
        }

        return h;
    }
}
