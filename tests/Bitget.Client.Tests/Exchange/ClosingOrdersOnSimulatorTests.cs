using Bitget.Client.Exchange;
using Bitget.Client.Tests.Support;
using Bitget.Simulator.Orders;
using ClientKind = Bitget.Client.Exchange.AccountKind;
using ClientMode = Bitget.Client.Trading.PositionMode;
using ClientSide = Bitget.Client.Trading.PositionSide;

namespace Bitget.Client.Tests.Exchange;

/// <summary>
/// The closing-order search that settles a lost close reply, on the simulator over loopback (v2 pages by
/// <c>idLessThan</c>, v3 by cursor): a close buried under newer orders is still found; a history too long to read to
/// the close says it cannot tell rather than answering from part of it.
/// </summary>
public sealed class ClosingOrdersOnSimulatorTests
{
    private const string Btc = "BTCUSDT";

    public static TheoryData<ClientKind> Kinds => new() { ClientKind.Classic, ClientKind.Unified };

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task MoreThanAPageOfOrdersSinceTheClose_TheCloseOnALaterPage_IsFound(ClientKind kind)
    {
        await using var sim = await SimulatedPort.StartAsync(kind);
        var port = sim.CreatePort(kind);
        var since = sim.Time.GetUtcNow();
        sim.Seed(Btc, ClientSide.Long, 1.0m, 60_000m);
        await port.ClosePositionAsync(Btc, ClientSide.Long, ClientMode.OneWay);
        OpenSmallLongs(sim, 150);

        var closing = await port.FindClosingOrdersAsync(Btc, ClientSide.Long, since);

        Assert.Equal(151, sim.Simulator.Exchange.Orders(sim.ApiKey).Count);
        var close = Assert.Single(closing);
        Assert.Equal(1.0m, close.FilledSize);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task MoreOrdersSinceTheCloseThanTheSearchReads_CannotTell(ClientKind kind)
    {
        await using var sim = await SimulatedPort.StartAsync(kind);
        var port = sim.CreatePort(kind);
        var since = sim.Time.GetUtcNow();
        sim.Seed(Btc, ClientSide.Long, 1.0m, 60_000m);
        await port.ClosePositionAsync(Btc, ClientSide.Long, ClientMode.OneWay);
        OpenSmallLongs(sim, ExchangePortOperations.MaxHistoryOrders);

        var incomplete = await Assert.ThrowsAsync<OrderHistoryIncompleteException>(() => port.FindClosingOrdersAsync(Btc, ClientSide.Long, since));

        Assert.Equal(ExchangePortOperations.MaxHistoryOrders, incomplete.OrdersRead);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task LocalClockAheadOfBitgets_TheCloseIsStillFound_SinceIsReadOnBitgetsClock(ClientKind kind)
    {
        await using var sim = await SimulatedPort.StartAsync(kind);
        var port = sim.CreatePort(kind);
        var exchangeNow = sim.Time.GetUtcNow();
        // This machine's clock runs 20 s ahead of Bitget's, as the client measured it: the close is stamped by Bitget at
        // exchangeNow, while the caller's "since" (taken from the local clock just before the close) reads 15 s later.
        sim.Client.Clock.Synchronize(exchangeNow, exchangeNow + TimeSpan.FromSeconds(20), exchangeNow + TimeSpan.FromSeconds(20));
        sim.Seed(Btc, ClientSide.Long, 1.0m, 60_000m);
        await port.ClosePositionAsync(Btc, ClientSide.Long, ClientMode.OneWay);

        var closing = await port.FindClosingOrdersAsync(Btc, ClientSide.Long, exchangeNow + TimeSpan.FromSeconds(15));

        Assert.Equal(1.0m, Assert.Single(closing).FilledSize);
    }

    /// <summary>The user opens again after the close, one small order a second: newer than the close, none closing.</summary>
    private static void OpenSmallLongs(SimulatedPort sim, int count)
    {
        for (var i = 0; i < count; i++)
        {
            sim.Time.Advance(TimeSpan.FromSeconds(1));
            sim.Simulator.Exchange.PlaceOrder(sim.ApiKey, new OrderRequest(Btc, OrderSide.Buy, OrderAction.Net, null, OrderKind.Market, 0.001m, null, $"open-{i}"));
        }
    }
}
