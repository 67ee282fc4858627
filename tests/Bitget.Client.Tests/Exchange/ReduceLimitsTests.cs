using Bitget.Client.Tests.Support;
using Bitget.Simulator.Orders;
using ClientKind = Bitget.Client.Exchange.AccountKind;
using ClientMode = Bitget.Client.Trading.PositionMode;
using ClientSide = Bitget.Client.Trading.PositionSide;
using BelowMinimumPolicy = Bitget.Client.Trading.BelowMinimumPolicy;
using MarginMode = Bitget.Client.Trading.MarginMode;
using MinimumKind = Bitget.Client.Trading.MinimumKind;
using NothingAvailableToReduceException = Bitget.Client.Trading.NothingAvailableToReduceException;
using OrderSizeBelowMinimumException = Bitget.Client.Trading.OrderSizeBelowMinimumException;
using ReduceOrderRequest = Bitget.Client.Trading.ReduceOrderRequest;
using ReduceSplit = Bitget.Client.Trading.ReduceSplit;

namespace Bitget.Client.Tests.Exchange;

/// <summary>
/// A reduce against the contract's limits, on the simulator over loopback: below the minimum value it is refused or
/// closed fully; above the largest market order it is split, each part placed exactly once under its own clientOid;
/// a position fully reserved by pending closes is refused with a clear reason.
/// </summary>
public sealed class ReduceLimitsTests
{
    private const string Btc = "BTCUSDT";

    public static TheoryData<ClientKind> Kinds => new() { ClientKind.Classic, ClientKind.Unified };

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Reduce_WorthLessThanTheMinimumValue_RefusedNamingTheNotionalAndNothingSent(ClientKind kind)
    {
        await using var sim = await SimulatedPort.StartAsync(kind);
        sim.Seed(Btc, ClientSide.Long, 0.01m, 60_000m);
        sim.Simulator.Prices.Set(Btc, 40_000m);
        var port = sim.CreatePort(kind);

        var error = await Assert.ThrowsAsync<OrderSizeBelowMinimumException>(() =>
            port.PlaceReduceOnlyOrderAsync(new ReduceOrderRequest(Btc, ClientSide.Long, ClientMode.OneWay, MarginMode.Crossed, 0.0001m, "tiny-value")));

        Assert.Equal((MinimumKind.Notional, 5m), (error.Missed, error.MinimumNotional));
        Assert.Equal(0, sim.Simulator.Requests.Count(sim.PlaceOrderPath(kind)));
        Assert.Equal(0.01m, sim.Position(Btc, ClientSide.Long)!.Size);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Reduce_BelowTheMinimumWithCloseFully_ClosesTheWholeSide(ClientKind kind)
    {
        await using var sim = await SimulatedPort.StartAsync(kind);
        sim.Seed(Btc, ClientSide.Long, 0.0001m, 60_000m);
        sim.Simulator.Prices.Set(Btc, 40_000m);
        var port = sim.CreatePort(kind);

        var orders = await port.PlaceReduceOnlyOrderAsync(new ReduceOrderRequest(Btc, ClientSide.Long, ClientMode.OneWay, MarginMode.Crossed, 0.0001m, "dust", BelowMinimumPolicy.CloseFully));

        Assert.Equal(0.0001m, Assert.Single(orders).FilledSize);
        Assert.Empty(sim.Positions(Btc));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Reduce_AboveTheLargestMarketOrder_SplitIntoPartsEachPlacedOnceAndNothingFlipped(ClientKind kind)
    {
        await using var sim = await SimulatedPort.StartAsync(kind, contracts: [new Simulator.Market.ContractSpec(Btc, "BTC", 60_000m, VolumePlace: 4, SizeMultiplier: 0.0001m, MinTradeNum: 0.0001m, MaxMarketOrderQty: 0.5m), .. Simulator.Market.DefaultContracts.All.Skip(1)]);
        sim.Seed(Btc, ClientSide.Long, 1.2m, 60_000m);
        var port = sim.CreatePort(kind);

        var orders = await port.PlaceReduceOnlyOrderAsync(new ReduceOrderRequest(Btc, ClientSide.Long, ClientMode.OneWay, MarginMode.Crossed, 1.2m, "emergency-1"));

        Assert.Equal([0.4m, 0.4m, 0.4m], orders.Select(o => o.FilledSize));
        for (var i = 0; i < 3; i++)
        {
            var booked = Assert.Single(sim.Simulator.OrdersWithClientOid(ReduceSplit.ChildClientOid("emergency-1", i)));
            Assert.Equal((OrderSide.Sell, 0.4m), (booked.Direction, booked.Size));
        }

        Assert.Empty(sim.Simulator.OrdersWithClientOid("emergency-1"));
        Assert.Equal(3, sim.Simulator.Requests.Count(sim.PlaceOrderPath(kind)));
        Assert.Empty(sim.Positions(Btc));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Reduce_PositionFullyReservedByPendingCloses_RefusedWithAClearReason(ClientKind kind)
    {
        await using var sim = await SimulatedPort.StartAsync(kind);
        sim.Seed(Btc, ClientSide.Long, 0.01m, 60_000m);
        sim.Simulator.Exchange.PlaceOrder(sim.ApiKey, new OrderRequest(Btc, OrderSide.Sell, OrderAction.Reduce, null, OrderKind.Limit, 0.01m, 70_000m, "resting-close"));
        var port = sim.CreatePort(kind);

        var error = await Assert.ThrowsAsync<NothingAvailableToReduceException>(() =>
            port.PlaceReduceOnlyOrderAsync(new ReduceOrderRequest(Btc, ClientSide.Long, ClientMode.OneWay, MarginMode.Crossed, 0.005m, "reserved")));

        Assert.Equal((Btc, ClientSide.Long, 0.01m), (error.Symbol, error.Side, error.Size));
        Assert.Equal(0, sim.Simulator.Requests.Count(sim.PlaceOrderPath(kind)));
    }

    [Fact]
    public void Parts_UnevenSize_EveryPartWithinTheMaximumOnTheStepAndTheSumExact()
    {
        var spec = new Client.Trading.ContractSpec(Btc, 0.0001m, 0.0001m, 0.1m, 125m, 5m, 0.5m);

        var parts = ReduceSplit.Parts(spec, 1.0003m);

        Assert.Equal([0.3335m, 0.3334m, 0.3334m], parts);
        Assert.Equal(1.0003m, parts.Sum());
    }

    [Fact]
    public void ChildClientOids_DeterministicDistinctAndValid()
    {
        var parent = new string('r', 32);

        var children = Enumerable.Range(0, 12).Select(i => ReduceSplit.ChildClientOid(parent, i)).ToList();

        Assert.Equal(children, Enumerable.Range(0, 12).Select(i => ReduceSplit.ChildClientOid(parent, i)));
        Assert.Equal(13, children.Append(parent).Distinct().Count());
        Assert.All(children, c => Client.Trading.ClientOid.Validate(c, "child"));
        Assert.NotEqual(ReduceSplit.ChildClientOid(parent, 0), ReduceSplit.ChildClientOid(parent[..31] + "s", 0));
    }
}
