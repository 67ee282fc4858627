using Bitget.Client.Exchange;
using Bitget.Client.Tests.Support;
using Bitget.Client.Trading;
using Bitget.Client.V3.Orders;

namespace Bitget.Client.Tests.Exchange;

/// <summary>
/// Whether a v3 strategy row is a whole-position stop, from Bitget's own rows: neither the doc's nor the live row
/// carries <c>tpslMode</c>, so the row's quantity against the position it closes decides.
/// </summary>
public sealed class UnifiedWholePositionStopTests
{
    [Theory]
    [InlineData("v3/rest/trade-unfilled-strategy-orders-real.json", "0.001", true)]
    [InlineData("v3/rest/trade-unfilled-strategy-orders-real.json", "0.0005", true)]
    [InlineData("v3/rest/trade-unfilled-strategy-orders-real.json", "0.01", false)]
    [InlineData("v3/rest/trade-unfilled-strategy-orders-doc.json", "0.01", true)]
    [InlineData("v3/rest/trade-unfilled-strategy-orders-doc.json", "0.5", false)]
    public async Task RowWithoutTpslMode_IsWholeWhenItsQuantityCoversThePosition(string fixture, string held, bool whole)
    {
        using var client = TestClients.Serving(fixture);
        var row = Assert.Single(await client.Unified.Orders.GetUnfilledTpslAsync());

        var isWhole = UnifiedMapping.IsWholePosition(row, [Long(decimal.Parse(held, System.Globalization.CultureInfo.InvariantCulture), PositionMode.Hedge)]);

        Assert.Null(row.TpslMode);
        Assert.Equal(whole, isWhole);
    }

    [Fact]
    public async Task RowWithoutTpslMode_OfASideWithNoPosition_IsNotWhole()
    {
        using var client = TestClients.Serving("v3/rest/trade-unfilled-strategy-orders-real.json");
        var row = Assert.Single(await client.Unified.Orders.GetUnfilledTpslAsync());

        Assert.False(UnifiedMapping.IsWholePosition(row, []));
    }

    [Theory]
    [InlineData("full", "0.001", true)]
    [InlineData("partial", "0.001", false)]
    [InlineData(null, "", true)]
    [InlineData(null, "0", true)]
    public void TpslModeWins_AndAnEmptyQuantityIsTheWholePosition(string? mode, string qty, bool whole)
    {
        var row = new UnifiedStrategyOrder { OrderId = "1", Symbol = "BTCUSDT", PositionSide = PositionSide.Long, TpslMode = mode, Quantity = qty.Length == 0 ? null : decimal.Parse(qty, System.Globalization.CultureInfo.InvariantCulture), StopLoss = 57_000m };

        Assert.Equal(whole, UnifiedMapping.IsWholePosition(row, [Long(0.5m, PositionMode.OneWay)]));
    }

    private static ExchangePosition Long(decimal size, PositionMode mode) =>
        new("BTCUSDT", "USDT", PositionSide.Long, mode, MarginMode.Crossed, size, size, 60_000m, 60_000m, null, 0m, 0m, 10m, null, null, default);
}
