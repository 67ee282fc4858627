using Bitget.Client.Trading;
using Bitget.Simulator.Faults;
using Functions.Tests.Alerting.Support;
using Functions.Tests.Mitigation.Support;
using Functions.Tests.Support;
using Sentinel.Functions.Mitigation;
using Sentinel.Core.Risk;
using Sentinel.TestSupport;
using SimAccount = Bitget.Simulator.Accounts.SimulatedAccountOptions;
using SimSide = Bitget.Simulator.Accounts.PositionSide;

namespace Functions.Tests.Mitigation;

/// <summary>The guard under exchange faults and concurrency, counted in the simulator: never two orders for one step.</summary>
[Collection(AlertingAzuriteGroup.Name)]
public sealed class MitigationFaultTests(AzuriteFixture azurite)
{
    private const string PlaceOrder = "/api/v2/mix/order/place-order";
    private const string Detail = "/api/v2/mix/order/detail";

    [Fact]
    public async Task ResponseLostAfterTheExchangeAccepted_AndLookupsFailing_OutcomeUnknown_ThenResolved_ExactlyOneOrderPerStep()
    {
        await using var h = await StartAsync();
        h.Sim.Faults.LoseResponse(PlaceOrder, times: 1);
        h.Sim.Faults.ServerError(Detail, times: 12);

        await CrashAsync(h, ticks: 20);

        var described = await h.DescribeAuditAsync();
        Assert.True(h.Orders.Count == 3, described);
        Assert.Equal(3, h.Orders.Select(o => o.ClientOid).Distinct().Count());
        Assert.All(h.Orders, o => Assert.True(o.ReduceOnly));
        var audit = await h.AuditAsync();
        Assert.True(audit.Any(r => r.GetString("Action") == "risk.unknown"), described);
        // The client looks a caller's clientOid up before it sends, so the failing lookups may meet that first look-up
        // (nothing sent, outcome unknown) or the look-ups after the lost reply: either way the unknown is resolved by
        // clientOid before anything else is sent, and each step's clientOid ends with exactly one order.
        Assert.True(audit.Any(r => r.GetString("Reason")!.StartsWith("resolved an earlier unknown outcome: ", StringComparison.Ordinal)), described);
        Assert.Empty(h.Sim.Exchange.Positions(h.Sim.ApiKey));
    }

    [Theory]
    [InlineData(FaultKind.RateLimit)]
    [InlineData(FaultKind.ServerError)]
    public async Task StormOnPlaceOrder_NoStepPlacedTwice_AndTheMitigationCompletesAfterIt(FaultKind kind)
    {
        // Unknown outcomes count against the hourly cap (4 by default); room for the storm's attempts is made here.
        await using var h = await StartAsync(new Dictionary<string, string?> { ["Risk:Guard:MaxActionsPerSymbolPerHour"] = "20" });
        h.Sim.Faults.Add(new FaultRule { Path = PlaceOrder, Kind = kind, Times = 8, StatusCode = 503 });

        await CrashAsync(h, ticks: 40);

        Assert.Equal(h.Orders.Count, h.Orders.Select(o => o.ClientOid).Distinct().Count());
        Assert.All(h.Orders, o => Assert.True(o.ReduceOnly));
        Assert.True(h.Orders.Count is >= 1 and <= 3, await h.DescribeAuditAsync());
        Assert.Empty(h.Sim.Exchange.Positions(h.Sim.ApiKey));
        Assert.True(h.Sim.Faults.Rules[0].Exhausted, "the storm did not hit place-order");
    }

    [Theory]
    [InlineData(1.0, PositionMode.OneWay, "size 1 → 1.5")]
    [InlineData(1.5, PositionMode.Hedge, "mode Hedge → OneWay")]
    public async Task PositionChangedBetweenPlanAndAct_Aborted_NothingSent_AndAudited(decimal plannedSize, PositionMode plannedMode, string reason)
    {
        await using var h = await StartAsync();
        var planned = new ExchangePosition("BTCUSDT", "USDT", PositionSide.Long, plannedMode, MarginMode.Crossed, plannedSize, plannedSize, 60_000m, 60_000m, 50_000m, 0m, 9_000m, 10m, null, null, AppOnSimulator.Start);

        var result = await h.RunAsync(h.Get<MitigationGuard>().ExecuteAsync(Request(planned)));

        Assert.Equal(GuardDecision.Aborted, result.Decision);
        Assert.True(result.Reason.Contains(reason, StringComparison.Ordinal), result.Reason);
        Assert.Empty(h.Orders);
        Assert.Equal(["risk.planned", "risk.aborted"], await h.AuditActionsAsync());
    }

    [Fact]
    public async Task TwoInstancesTickingAtTheSameMoment_ExactlyOneActionPerStep()
    {
        await using var h = await StartAsync();
        await using var second = await h.StartSecondInstanceAsync(azurite);

        for (var tick = 1; tick <= 16; tick++)
        {
            h.Clock.Advance(TimeSpan.FromSeconds(30));
            h.Sim.Prices.Set("BTCUSDT", Crash.PriceAt(tick));
            await h.RunAsync(Task.WhenAll(h.App.TickAsync(), second.TickAsync()));
        }

        Assert.Equal(3, h.Orders.Count);
        Assert.Equal(3, h.Orders.Select(o => o.ClientOid).Distinct().Count());
        Assert.Empty(h.Sim.Exchange.Positions(h.Sim.ApiKey));
    }

    [Fact]
    public async Task TwoGuardsOnTwoInstances_SameStepAtOnce_OneOrder_TheOtherSkipped()
    {
        await using var h = await StartAsync();
        await using var second = await h.StartSecondInstanceAsync(azurite);
        var live = Assert.Single(await h.LivePositionsAsync());

        var results = await h.RunAsync(Task.WhenAll(
            h.Get<MitigationGuard>().ExecuteAsync(Request(live)),
            second.Get<MitigationGuard>().ExecuteAsync(Request(live))));

        Assert.Single(h.Orders);
        Assert.Single(results, r => r.Decision == GuardDecision.Filled);
        Assert.Single(results, r => r.Decision is GuardDecision.Skipped or GuardDecision.Aborted);
        var again = await h.RunAsync(h.Get<MitigationGuard>().ExecuteAsync(Request(live)));
        Assert.Equal((GuardDecision.Skipped, true), (again.Decision, again.StepTaken));
        Assert.StartsWith("already taken", again.Reason, StringComparison.Ordinal);
        Assert.Single(h.Orders);
    }

    private static MitigationRequest Request(ExchangePosition expected) => new(
        "test", "manual-test", expected, new RiskStep(RiskActionKind.Reduce, 0.25m, 0m), 0,
        MitigationClientOid.Create("manual-test", expected.Symbol, expected.Side, 0, AppOnSimulator.Start), null, ["teams"]);

    private async Task<AppOnSimulator> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var h = await AppOnSimulator.StartAsync(azurite, new SimAccount(), "live", settings);
        h.Sim.SeedPosition("BTCUSDT", SimSide.Long, 1.5m, 60_000m, leverage: 10m);
        await h.App.AddRuleAsync(Crash.StagedRule);
        return h;
    }

    private static async Task CrashAsync(AppOnSimulator h, int ticks)
    {
        for (var tick = 1; tick <= ticks; tick++)
        {
            await h.TickAtAsync(Crash.PriceAt(Math.Min(tick, 16)));
        }
    }
}
