using System.Text.Json;
using Bitget.Client.Json;
using Bitget.Client.V3;
using Bitget.Client.V3.Market;

namespace Bitget.Client.Tests.V3.Market;

/// <summary>The hand-written v3 ticker converter keeps the lenient rules of the generated path it replaces.</summary>
public sealed class UnifiedTickerConverterTests
{
    [Fact]
    public void StringsNumbersAndEmpties_ReadLikeBitgetMeantThem()
    {
        var ticker = Parse("""{"category":"USDT-FUTURES","symbol":"BTCUSDT","ts":1700000000123,"lastPrice":"104676.5","openInterest":7482.9441,"fundingRate":"","markPrice":null,"deliveryTime":"","deliveryStatus":""}""");

        Assert.Equal("USDT-FUTURES", ticker.Category);
        Assert.Equal(104676.5m, ticker.LastPrice);
        Assert.Equal(7482.9441m, ticker.OpenInterest);
        Assert.Null(ticker.FundingRate);
        Assert.Null(ticker.MarkPrice);
        Assert.Null(ticker.DeliveryTime);
        Assert.Equal(string.Empty, ticker.DeliveryStatus);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_123), ticker.Timestamp);
    }

    [Fact]
    public void UnknownAndEscapedFields_Handled()
    {
        var ticker = Parse("""{"symbol":"BTCUSDT","extra":{"x":[1,2]},"\u0062id1Price":"\u0039.5","price24hPcnt":"-0.02605"}""");

        Assert.Equal(9.5m, ticker.BidPrice);
        Assert.Equal(-0.02605m, ticker.Change24h);
        Assert.Null(ticker.Category);
    }

    [Fact]
    public void MissingSymbol_Rejected()
    {
        var ex = Assert.Throws<JsonException>(() => Parse("""{"category":"SPOT","lastPrice":"1"}"""));

        Assert.Contains("symbol", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Written_ReadsBackEqual()
    {
        var ticker = Parse("""{"category":"USDT-FUTURES","symbol":"BTCUSDT","ts":"1700000000123","ask1Size":"0.10","turnover24h":"1","deliveryTime":"1700000009000"}""");

        Assert.Equal(ticker, Parse(JsonSerializer.Serialize(ticker, V3JsonContext.Default.UnifiedTicker)));
    }

    private static UnifiedTicker Parse(string json) =>
        JsonSerializer.Deserialize(json, V3JsonContext.Default.UnifiedTicker)!;
}
