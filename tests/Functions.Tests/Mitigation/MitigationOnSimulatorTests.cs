using Bitget.Simulator.Accounts;
using Bitget.Simulator.Orders;
using Functions.Tests.Alerting.Support;
using Functions.Tests.Mitigation.Support;
using Functions.Tests.Support;
using Sentinel.Functions.Mitigation;
using Sentinel.TestSupport;

namespace Functions.Tests.Mitigation;

/// <summary>
/// End to end on the simulator: a scripted crash drives a 9x long (or short, on the way up) toward liquidation; the
/// tick's risk rules and the guard act through the real adapter (classic v2 and unified v3, one-way and hedge); orders
/// are counted in the simulator.
/// </summary>
[Collection(AlertingAzuriteGroup.Name)]
public sealed class MitigationOnSimulatorTests(AzuriteFixture azurite)
{
    [Theory]
    [MemberData(nameof(SimulatorFixture.Accounts), MemberType = typeof(SimulatorFixture))]
    public async Task LiveMode_CrashTowardLiquidation_ReducesAQuarterThenHalfThenCloses(AccountKind kind, PositionMode mode)
    {
        await using var h = await StartAsync(kind, mode, "live");

        await CrashAsync(h, ticks: 16);

        var orders = h.Orders;
        Assert.Equal(3, orders.Count);
        Assert.All(orders, AssertReducesTheLong);
        Assert.Equal([0.375m, 0.5625m, 0.5625m], orders.Select(o => o.FilledSize));
        Assert.Equal(orders.Count, orders.Select(o => o.ClientOid).Distinct().Count());
        Assert.Empty(h.Sim.Exchange.Positions(h.Sim.ApiKey));
        var outcomes = (await h.AuditActionsAsync()).Where(a => a != "risk.planned").ToList();
        Assert.Equal(["risk.filled", "risk.filled", "risk.filled"], outcomes);
        Assert.Equal(3, h.Teams.Accepted.Select(Payloads.TeamsTitle).Count(t => t.StartsWith("MITIGATION FILLED", StringComparison.Ordinal)));
        Assert.Equal(3, h.Webhook.Accepted.Count(w => Payloads.Event(w) == "mitigation"));
    }

    [Fact]
    public async Task DryRun_Crash_PlacesNothing_AndAuditsEveryStageOfThePlan()
    {
        await using var h = await StartAsync(AccountKind.Classic, PositionMode.OneWay, "dry-run");

        await CrashAsync(h, ticks: 16);

        Assert.Empty(h.Orders);
        var rows = (await h.AuditAsync()).Reverse().Where(r => r.GetString("Action") == "risk.dry-run").ToList();
        Assert.Equal(["reduce", "reduce", "close"], rows.Select(r => r.GetString("Step")));
        Assert.All(rows, r => Assert.StartsWith("dry-run, nothing sent: would ", r.GetString("Reason"), StringComparison.Ordinal));
        Assert.Equal(1.5m, Assert.Single(h.Sim.Exchange.Positions(h.Sim.ApiKey)).Size);
    }

    [Fact]
    public async Task KillSwitchEngaged_Crash_PlacesNothing_AndAuditsTheSkip()
    {
        await using var h = await StartAsync(AccountKind.Unified, PositionMode.OneWay, "live");
        await h.Get<RiskControlStore>().SetAsync(null, killSwitch: true, "test");

        await CrashAsync(h, ticks: 16);

        Assert.Empty(h.Orders);
        var skips = (await h.AuditAsync()).Where(r => r.GetString("Action") == "risk.skipped").ToList();
        Assert.NotEmpty(skips);
        Assert.All(skips, r => Assert.StartsWith("kill switch engaged by test", r.GetString("Reason"), StringComparison.Ordinal));
        Assert.Single(h.Teams.Accepted.Select(Payloads.TeamsTitle), t => t.StartsWith("MITIGATION SKIPPED", StringComparison.Ordinal));
    }

    private static void AssertReducesTheLong(OrderSnapshot order)
    {
        Assert.True(order.ReduceOnly, $"order {order.ClientOid} is {order.Action}, not reduce-only");
        Assert.True(order.PositionSide is null or PositionSide.Long, $"order {order.ClientOid} acts on {order.PositionSide}");
        Assert.True(order.Mode == PositionMode.Hedge || order.Direction == OrderSide.Sell, $"one-way order {order.ClientOid} buys");
        Assert.Equal(OrderStatus.Filled, order.Status);
    }

    private async Task<AppOnSimulator> StartAsync(AccountKind kind, PositionMode mode, string riskMode)
    {
        var h = await AppOnSimulator.StartAsync(azurite, new SimulatedAccountOptions { Kind = kind, PositionMode = mode }, riskMode);
        h.Sim.SeedPosition("BTCUSDT", PositionSide.Long, 1.5m, 60_000m, leverage: 10m);
        await h.App.AddRuleAsync(Crash.StagedRule);
        return h;
    }

    private static async Task CrashAsync(AppOnSimulator h, int ticks)
    {
        for (var tick = 1; tick <= ticks; tick++)
        {
            await h.TickAtAsync(Crash.PriceAt(tick));
        }
    }
}
