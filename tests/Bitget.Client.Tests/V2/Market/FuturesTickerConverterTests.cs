using System.Globalization;
using System.Text.Json;
using Bitget.Client.Json;
using Bitget.Client.Trading;
using Bitget.Client.V2.Market;
using Bitget.Client.V2;

namespace Bitget.Client.Tests.V2.Market;

/// <summary>The hand-written v2 ticker converter keeps the lenient rules of the generated path it replaces.</summary>
public sealed class FuturesTickerConverterTests
{
    [Theory]
    [InlineData("\"26242.50\"", "26242.50")]
    [InlineData("26242.50", "26242.50")]
    [InlineData("1E-5", "0.00001")]
    [InlineData("\"-0.0007\"", "-0.0007")]
    public void Decimal_StringOrNumber_ParsedExactly(string wire, string expected)
    {
        var ticker = Parse($$"""{"symbol":"BTCUSDT","fundingRate":{{wire}},"ts":"1700000000000"}""");

        Assert.Equal(expected, ticker.FundingRate!.Value.ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("null")]
    public void EmptyStringOrNull_LeavesFieldsUnset(string wire)
    {
        var ticker = Parse($$"""{"symbol":"BTCUSDT","markPrice":{{wire}},"deliveryTime":{{wire}},"deliveryStatus":null,"ts":"1700000000000"}""");

        Assert.Null(ticker.MarkPrice);
        Assert.Null(ticker.DeliveryTime);
        Assert.Null(ticker.DeliveryStatus);
    }

    [Fact]
    public void UnknownFields_AnyShape_SkippedAndLaterFieldsRead()
    {
        var ticker = Parse("""{"symbol":"ETHUSDT","newField":{"a":[1,{"b":"2"}],"c":null},"other":[[]],"flag":true,"lastPr":"3000.1","ts":1700000000123}""");

        Assert.Equal(3000.1m, ticker.LastPrice);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_123), ticker.Timestamp);
    }

    [Fact]
    public void EscapedNamesAndValues_Unescaped()
    {
        var ticker = Parse("""{"\u0073ymbol":"BTC\u0055SDT","\u006castPr":"\u0031\u0032.5","deliveryStatus":"delivery\u005fnormal","ts":"1700000000000"}""");

        Assert.Equal("BTCUSDT", ticker.Symbol);
        Assert.Equal(12.5m, ticker.LastPrice);
        Assert.Equal("delivery_normal", ticker.DeliveryStatus);
    }

    [Fact]
    public void OnlySymbol_EverythingElseUnset()
    {
        var ticker = Parse("""{"symbol":"BTCUSDT"}""");

        Assert.Equal(new FuturesTicker { Symbol = "BTCUSDT" }, ticker);
    }

    [Fact]
    public void NameInAnotherCase_NotTakenForTheField()
    {
        Assert.Null(Parse("""{"symbol":"BTCUSDT","LASTPR":"1"}""").LastPrice);
    }

    [Theory]
    [InlineData("""{"lastPr":"1","ts":"1700000000000"}""", "symbol")]
    [InlineData("""{"symbol":"BTCUSDT","lastPr":"1.2.3"}""", "1.2.3")]
    [InlineData("""{"symbol":"BTCUSDT","lastPr":[1]}""", "StartArray")]
    [InlineData("""{"symbol":"BTCUSDT","ts":""}""", "timestamp")]
    public void BadTicker_RejectedWithTheReason(string json, string reason)
    {
        var ex = Assert.Throws<JsonException>(() => Parse(json));

        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NotAnObject_Rejected()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""["BTCUSDT"]""", V2JsonContext.Default.IReadOnlyListFuturesTicker));
    }

    [Fact]
    public void Written_ReadsBackEqual()
    {
        var ticker = Parse("""{"symbol":"BTCUSDT","lastPr":"26242.5","bidSz":"0.10","holdingAmount":"1","deliveryTime":"1700000009000","deliveryStatus":"delivery_normal","ts":"1700000000123"}""");

        var json = JsonSerializer.Serialize(ticker, V2JsonContext.Default.FuturesTicker);

        Assert.Equal(ticker, Parse(json));
        Assert.Contains("\"bidSz\":\"0.1\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("markPrice", json, StringComparison.Ordinal);
    }

    private static FuturesTicker Parse(string json) =>
        JsonSerializer.Deserialize(json, V2JsonContext.Default.FuturesTicker)!;
}
