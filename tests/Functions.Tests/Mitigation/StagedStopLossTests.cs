using Bitget.Simulator.Accounts;
using Bitget.Simulator.Orders;
using Functions.Tests.Alerting.Support;
using Functions.Tests.Support;
using Sentinel.TestSupport;

namespace Functions.Tests.Mitigation;

/// <summary>
/// A staged risk rule whose first stage is a stop-loss, on a position that already has a tighter stop: the stage's goal
/// (a stop at least that tight) is met, so the episode goes on to its next stage instead of retrying the stop forever.
/// </summary>
[Collection(AlertingAzuriteGroup.Name)]
public sealed class StagedStopLossTests(AzuriteFixture azurite)
{
    private const string KeepTwoPercent = """
        {"id":"keep-stop","type":"protective_stop","channels":["teams"],"stop":{"markPercent":2}}
        """;

    // A 10x long sits about 10 % from liquidation: within 50 % from the first tick, clear only past 90 %.
    private const string StopThenReduce = """
        {"id":"liq-stop-first","type":"liquidation_distance","threshold":50,"clear":90,"severity":"critical","channels":["teams"],
         "action":{"stages":[{"type":"stop_loss","stopDistancePercent":3},{"type":"reduce","percent":25}],"stageMinutes":1}}
        """;

    [Theory]
    [InlineData(PositionMode.OneWay)]
    [InlineData(PositionMode.Hedge)]
    public async Task StopLossStage_UnderATighterStop_CountsAsMet_AndTheReduceStageFollows(PositionMode mode)
    {
        await using var h = await AppOnSimulator.StartAsync(azurite, new SimulatedAccountOptions { Kind = AccountKind.Classic, PositionMode = mode }, "live");
        h.Sim.SeedPosition("BTCUSDT", PositionSide.Long, 1.5m, 60_000m, leverage: 10m);
        await h.App.AddRuleAsync(KeepTwoPercent);
        await h.TickAtAsync(60_000m);
        Assert.Equal(58_800m, Assert.Single(h.Sim.Exchange.PlanOrders(h.Sim.ApiKey)).TriggerPrice);

        await h.App.AddRuleAsync(StopThenReduce);
        for (var tick = 0; tick < 6; tick++)
        {
            await h.TickAtAsync(60_000m);
        }

        var reduce = Assert.Single(h.Orders);
        Assert.Equal((0.375m, true, OrderStatus.Filled), (reduce.FilledSize, reduce.ReduceOnly || mode == PositionMode.Hedge, reduce.Status));
        var stageRows = (await h.AuditAsync()).Where(r => r.GetString("RuleId") == "liq-stop-first" && r.GetString("Action") != "risk.planned").ToList();
        Assert.Single(stageRows, r => r.GetString("Action") == "risk.skipped" && r.GetString("Reason")!.StartsWith("a tighter stop is already in place", StringComparison.Ordinal));
        Assert.Single(stageRows, r => r.GetString("Action") == "risk.filled");
        Assert.Equal(58_800m, Assert.Single(h.Sim.Exchange.PlanOrders(h.Sim.ApiKey), p => p.Status == PlanStatus.Live).TriggerPrice);
    }
}
