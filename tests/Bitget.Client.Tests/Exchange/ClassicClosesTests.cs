using Bitget.Client.Exchange;
using Bitget.Client.Trading;
using Bitget.Client.V2.Orders;

namespace Bitget.Client.Tests.Exchange;

/// <summary>
/// Which v2 history orders closed a hedge-mode position side (what settles a lost close reply). Bitget reports system
/// closes with their own <c>tradeSide</c> values (BITGET-API.md §5): a reduce-only close, a liquidation, an offset,
/// a delivery or an auto-deleveraging close each closed the side, as a plain <c>close</c> does.
/// </summary>
public sealed class ClassicClosesTests
{
    [Theory]
    [InlineData(TradeSide.Close)]
    [InlineData(TradeSide.ReduceCloseLong)]
    [InlineData(TradeSide.LiquidationCloseLong)]
    [InlineData(TradeSide.OffsetCloseLong)]
    [InlineData(TradeSide.DeliveryCloseLong)]
    [InlineData(TradeSide.AdlCloseLong)]
    public void Hedge_ASystemCloseOfTheLong_ClosesTheLong_NotTheShort(TradeSide tradeSide)
    {
        var order = Order(PositionSide.Long, tradeSide);

        Assert.True(ClassicMapping.Closes(order, PositionSide.Long));
        Assert.False(ClassicMapping.Closes(order, PositionSide.Short));
    }

    [Theory]
    [InlineData(TradeSide.Open)]
    [InlineData(TradeSide.Unknown)]
    [InlineData(TradeSide.BuySingle)]
    public void Hedge_AnOpenOrAnUnknownTradeSide_ClosesNothing(TradeSide tradeSide) =>
        Assert.False(ClassicMapping.Closes(Order(PositionSide.Long, tradeSide), PositionSide.Long));

    private static FuturesOrder Order(PositionSide side, TradeSide tradeSide) => new()
    {
        Symbol = "BTCUSDT", OrderId = "1", Side = OrderSide.Buy, TradeSide = tradeSide, PositionSide = side, Size = 1m, FilledSize = 1m,
    };
}
