using Bitget.Client.Errors;
using Bitget.Client.Tests.Support;
using Bitget.Client.Trading;
using Bitget.Client.V2.Orders;
using Bitget.Client.V3.Orders;
using SimKind = Bitget.Simulator.Accounts.AccountKind;
using SimMode = Bitget.Simulator.Accounts.PositionMode;
using SimSide = Bitget.Simulator.Accounts.PositionSide;

namespace Bitget.Client.Tests.Trading;

/// <summary>Open and close long and short through the client in one-way and hedge mode, v2 and v3; the simulator's book is the judge.</summary>
public sealed class PositionModeTests
{
    [Theory]
    [InlineData(PositionMode.OneWay, false)]
    [InlineData(PositionMode.Hedge, false)]
    [InlineData(PositionMode.OneWay, true)]
    [InlineData(PositionMode.Hedge, true)]
    public async Task OpenThenClose_EachSide_LeavesTheExpectedPositionsAndOrders(PositionMode mode, bool v3)
    {
        await using var h = await StartAsync(mode, v3);

        await PlaceAsync(h, mode, v3, PositionSide.Long, OrderAction.Open, 0.03m);
        Assert.Equal([(SimSide.Long, 0.03m)], Book(h));

        await PlaceAsync(h, mode, v3, PositionSide.Long, OrderAction.Close, 0.01m);
        Assert.Equal([(SimSide.Long, 0.02m)], Book(h));

        await PlaceAsync(h, mode, v3, PositionSide.Long, OrderAction.Close, 0.02m);
        Assert.Empty(Book(h));

        await PlaceAsync(h, mode, v3, PositionSide.Short, OrderAction.Open, 0.05m);
        Assert.Equal([(SimSide.Short, 0.05m)], Book(h));

        await PlaceAsync(h, mode, v3, PositionSide.Short, OrderAction.Close, 0.05m);
        Assert.Empty(Book(h));
        Assert.Equal(5, h.Sim.Exchange.Orders(h.Sim.ApiKey).Count);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Hedge_BothSidesOpen_ClosingOneLeavesTheOtherUntouched(bool v3)
    {
        await using var h = await StartAsync(PositionMode.Hedge, v3);
        await PlaceAsync(h, PositionMode.Hedge, v3, PositionSide.Long, OrderAction.Open, 0.02m);
        await PlaceAsync(h, PositionMode.Hedge, v3, PositionSide.Short, OrderAction.Open, 0.04m);

        await PlaceAsync(h, PositionMode.Hedge, v3, PositionSide.Short, OrderAction.Close, 0.04m);

        Assert.Equal([(SimSide.Long, 0.02m)], Book(h));
    }

    [Theory]
    [InlineData(PositionMode.OneWay, false)]
    [InlineData(PositionMode.Hedge, false)]
    [InlineData(PositionMode.OneWay, true)]
    [InlineData(PositionMode.Hedge, true)]
    public async Task CloseLong_WhileShort_RefusedAndTheShortIsUntouched(PositionMode mode, bool v3)
    {
        await using var h = await StartAsync(mode, v3);
        h.Sim.SeedPosition("BTCUSDT", SimSide.Short, 0.05m, 60_000m);

        var ex = await Assert.ThrowsAsync<BitgetApiException>(() => PlaceAsync(h, mode, v3, PositionSide.Long, OrderAction.Close, 0.05m));

        Assert.Equal(BitgetErrorKind.PositionConflict, ex.Kind);
        Assert.Equal([(SimSide.Short, 0.05m)], Book(h));
    }

    private static async Task<SimulatedBitget> StartAsync(PositionMode mode, bool v3)
    {
        var h = await SimulatedBitget.StartAsync(o =>
        {
            o.Accounts[0].PositionMode = mode == PositionMode.Hedge ? SimMode.Hedge : SimMode.OneWay;
            o.Accounts[0].Kind = v3 ? SimKind.Unified : SimKind.Classic;
        });
        h.Sim.Prices.Set("BTCUSDT", 60_000m);
        return h;
    }

    private static Task<OrderAck> PlaceAsync(SimulatedBitget h, PositionMode mode, bool v3, PositionSide side, OrderAction action, decimal size) => v3
        ? h.RunAsync(c => c.Unified.Orders.PlaceAsync(new UnifiedPlaceOrderRequest { Symbol = "BTCUSDT", HoldMode = mode, PositionSide = side, Action = action, Quantity = size }))
        : h.RunAsync(c => c.Orders.PlaceAsync(new PlaceOrderRequest { Symbol = "BTCUSDT", MarginCoin = "USDT", PositionMode = mode, PositionSide = side, Action = action, Size = size }));

    private static List<(SimSide, decimal)> Book(SimulatedBitget h) =>
        h.Sim.Exchange.Positions(h.Sim.ApiKey).Select(p => (p.Side, p.Size)).Order().ToList();
}
