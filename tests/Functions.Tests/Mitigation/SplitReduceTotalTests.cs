using Bitget.Client.Exchange;
using Bitget.Simulator.Faults;
using Functions.Tests.Alerting.Support;
using Functions.Tests.Support;
using Sentinel.Functions.Mitigation;
using Sentinel.Core.Risk;
using Sentinel.TestSupport;
using SimAccount = Bitget.Simulator.Accounts.SimulatedAccountOptions;
using SimKind = Bitget.Simulator.Accounts.AccountKind;
using SimSide = Bitget.Simulator.Accounts.PositionSide;

namespace Functions.Tests.Mitigation;

/// <summary>
/// A reduce above <c>MaxOrderNotional</c> is split into slices with derived clientOids. When a slice's outcome is
/// unknown, the retry sends only the slices the exchange does not hold, at their planned sizes, so the step reduces
/// exactly what it planned: counted in the simulator's orders and sizes.
/// </summary>
[Collection(AlertingAzuriteGroup.Name)]
public sealed class SplitReduceTotalTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData(SimKind.Classic, "/api/v2/mix/order/place-order")]
    [InlineData(SimKind.Unified, "/api/v3/trade/place-order")]
    public async Task SecondSliceLost_Retried_OnlyTheMissingSlicesSent_TotalExactlyThePlan(SimKind kind, string place)
    {
        await using var h = await AppOnSimulator.StartAsync(azurite, new SimAccount { Kind = kind }, settings: new Dictionary<string, string?> { ["Risk:Guard:MaxOrderNotional"] = "10000" });
        h.Sim.SeedPosition("BTCUSDT", SimSide.Long, 1.0m, 60_000m, leverage: 10m);
        h.Sim.Faults.Add(new FaultRule { Path = place, Kind = FaultKind.DropConnection, Times = 1, Skip = 1 });

        var first = await ReduceHalfAsync(h);
        h.Clock.Advance(TimeSpan.FromMinutes(2));
        var retried = await ReduceHalfAsync(h);

        var described = await h.DescribeAuditAsync();
        Assert.True(first.Decision == GuardDecision.Unknown, described);
        Assert.True(retried.Decision == GuardDecision.Filled, described);
        var intent = (await h.Get<MitigationJournal>().FindAsync(Oid))!;
        Assert.True(intent.Slices.Count > 2, described);
        Assert.Equal(intent.Slices.Count, h.Orders.Count);
        Assert.Equal(h.Orders.Count, h.Orders.Select(o => o.ClientOid).Distinct().Count());
        Assert.Equal(0.5m, h.Orders.Sum(o => o.FilledSize));
        Assert.Equal(intent.Slices, h.Orders.OrderBy(o => o.Created).Select(o => o.FilledSize));
        Assert.Equal(0.5m, Assert.Single(h.Sim.Exchange.Positions(h.Sim.ApiKey)).Size);
    }

    [Theory]
    [InlineData(SimKind.Classic, "/api/v2/mix/order/place-order", "/api/v2/mix/order/detail", "40109")]
    [InlineData(SimKind.Unified, "/api/v3/trade/place-order", "/api/v3/trade/order-info", "25204")]
    public async Task ADoneSlicesLookupMisses_ItIsNotForgotten_NorSentAgain(SimKind kind, string place, string lookup, string notFound)
    {
        await using var h = await AppOnSimulator.StartAsync(azurite, new SimAccount { Kind = kind }, settings: new Dictionary<string, string?> { ["Risk:Guard:MaxOrderNotional"] = "10000" });
        h.Sim.SeedPosition("BTCUSDT", SimSide.Long, 1.0m, 60_000m, leverage: 10m);
        h.Sim.Faults.Add(new FaultRule { Path = place, Kind = FaultKind.DropConnection, Times = 1, Skip = 1 });

        var first = await ReduceHalfAsync(h);
        h.Clock.Advance(TimeSpan.FromMinutes(2));
        // The first look-up on the retry is the first slice's, which the exchange holds (filled): it misses once.
        h.Sim.Faults.Maintenance(lookup, times: 1, code: notFound, message: "Order does not exist");
        await ReduceHalfAsync(h);

        var described = await h.DescribeAuditAsync();
        Assert.True(first.Decision == GuardDecision.Unknown, described);
        var intent = (await h.Get<MitigationJournal>().FindAsync(Oid))!;
        Assert.True(h.Orders.Count == intent.Slices.Count, described);
        Assert.Equal(0.5m, h.Orders.Sum(o => o.FilledSize));
        Assert.Equal(0.5m, Assert.Single(h.Sim.Exchange.Positions(h.Sim.ApiKey)).Size);
    }

    [Theory]
    [InlineData(SimKind.Classic, "/api/v2/mix/order/place-order")]
    [InlineData(SimKind.Unified, "/api/v3/trade/place-order")]
    public async Task PositionCutByHandBetweenTheSlices_TheOtherSlicesAreNotSent(SimKind kind, string place)
    {
        await using var h = await AppOnSimulator.StartAsync(azurite, new SimAccount { Kind = kind }, settings: new Dictionary<string, string?> { ["Risk:Guard:MaxOrderNotional"] = "10000" });
        h.Sim.SeedPosition("BTCUSDT", SimSide.Long, 1.0m, 60_000m, leverage: 10m);
        h.Sim.Faults.Add(new FaultRule { Path = place, Kind = FaultKind.DropConnection, Times = 1, Skip = 1 });

        await ReduceHalfAsync(h);
        var firstSlice = Assert.Single(h.Orders).FilledSize;
        h.Clock.Advance(TimeSpan.FromMinutes(2));
        h.Sim.Exchange.PlaceOrder(h.Sim.ApiKey, new Bitget.Simulator.Orders.OrderRequest("BTCUSDT", Bitget.Simulator.Orders.OrderSide.Sell, Bitget.Simulator.Orders.OrderAction.Reduce, null, Bitget.Simulator.Orders.OrderKind.Market, 0.6m, null, "user-cut"));
        var retried = await ReduceHalfAsync(h);
        var again = await ReduceHalfAsync(h);

        var described = await h.DescribeAuditAsync();
        Assert.True(retried.Decision == GuardDecision.Aborted && retried.StepTaken, described);
        Assert.Contains("the other slices are not sent", retried.Reason, StringComparison.Ordinal);
        Assert.Equal(GuardDecision.Skipped, again.Decision);
        Assert.Single(h.Orders, o => o.ClientOid != "user-cut");
        Assert.Equal(1.0m - firstSlice - 0.6m, Assert.Single(h.Sim.Exchange.Positions(h.Sim.ApiKey)).Size);
    }

    [Theory]
    [InlineData(SimKind.Classic, "/api/v2/mix/order/place-order", "/api/v2/mix/order/detail", "40109")]
    [InlineData(SimKind.Unified, "/api/v3/trade/place-order", "/api/v3/trade/order-info", "25204")]
    public async Task SlowSplit_LateSliceReplyLost_NotDeclaredAbsentUntilTheSettleDelayAfterThatSlicesSend_OneOrderPerSlice(SimKind kind, string place, string lookup, string notFound)
    {
        await using var h = await AppOnSimulator.StartAsync(azurite, new SimAccount { Kind = kind }, settings: new Dictionary<string, string?> { ["Risk:Guard:MaxOrderNotional"] = "5000" });
        h.Sim.SeedPosition("BTCUSDT", SimSide.Long, 1.0m, 60_000m, leverage: 10m);
        // The reduce is split into 7 slices (the exchange's largest market order). A slow exchange answers each of the
        // first five after 6 s; the sixth is taken and its reply lost, so the seventh is not sent; none shows in
        // look-ups yet (delayed visibility).
        h.Sim.Faults.Delay(place, TimeSpan.FromSeconds(6), times: 5);
        h.Sim.Faults.LoseResponse(place);
        h.Sim.Faults.Maintenance(lookup, times: null, code: notFound, message: "Order does not exist");
        var settle = new GuardOptions().OutcomeSettleDelay;

        var first = await ReduceHalfAsync(h);
        var intent = (await h.Get<MitigationJournal>().FindAsync(Oid))!;
        var lastSent = h.Orders.Max(o => o.Created);
        Assert.Equal(7, intent.Slices.Count);
        Assert.True(lastSent - intent.CreatedAt >= TimeSpan.FromSeconds(25), $"the last slice went out {lastSent - intent.CreatedAt} after the step began");
        var pastTheFirstSlicesWindow = intent.CreatedAt + settle + TimeSpan.FromSeconds(5);
        Assert.True(pastTheFirstSlicesWindow > h.Clock.GetUtcNow(), "the first attempt ran past the first slice's settle window");
        h.Clock.Advance(pastTheFirstSlicesWindow - h.Clock.GetUtcNow());
        var early = await ReduceHalfAsync(h);
        h.Sim.Faults.Clear();
        h.Clock.Advance(lastSent + settle - h.Clock.GetUtcNow());
        var settled = await ReduceHalfAsync(h);

        var described = await h.DescribeAuditAsync();
        Assert.True(first.Decision == GuardDecision.Unknown, described);
        Assert.True(early.Decision == GuardDecision.Skipped, described);
        Assert.Contains("absence counts only 00:01:00 after sending", early.Reason, StringComparison.Ordinal);
        Assert.True(settled.Decision == GuardDecision.Filled, described);
        Assert.True(h.Orders.Count == intent.Slices.Count, described);
        Assert.Equal(h.Orders.Count, h.Orders.Select(o => o.ClientOid).Distinct().Count());
        Assert.Equal(0.5m, Assert.Single(h.Sim.Exchange.Positions(h.Sim.ApiKey)).Size);
    }

    private static readonly string Oid = AppOnSimulator.ClientOidOf("manual-split");

    private static Task<GuardResult> ReduceHalfAsync(AppOnSimulator h) => h.ExecuteOnLiveLongAsync("manual-split", new RiskStep(RiskActionKind.Reduce, 0.5m, 0m));
}
