using System.Net;
using Bitget.Client.Json;
using Bitget.Client.V2.Market;
using Bitget.Client.V2;

namespace Bitget.Client.Tests.Json;

/// <summary>Decimals and timestamps read straight from UTF-8 keep exactly what Bitget sent.</summary>
public sealed class ExactNumberParsingTests
{
    [Theory]
    [InlineData("26242.5", "26242.5")]
    [InlineData("0.10", "0.10")]
    [InlineData("-0.0007", "-0.0007")]
    [InlineData("1E-5", "0.00001")]
    [InlineData(" 7 ", "7")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    [InlineData("0.1234567890123456789012345678", "0.1234567890123456789012345678")]
    [InlineData("\\u0031.5", "1.5")]
    public void Ticker_DecimalString_ParsedExactly(string wire, string expected)
    {
        var ticker = ParseTicker($$"""{"symbol":"BTCUSDT","lastPr":"{{wire}}","ts":"1700000000000"}""");

        Assert.Equal(expected, ticker.LastPrice!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("null")]
    public void Ticker_EmptyDecimal_IsUnset(string wire)
    {
        Assert.Null(ParseTicker($$"""{"symbol":"BTCUSDT","lastPr":{{wire}},"ts":"1700000000000"}""").LastPrice);
    }

    [Theory]
    [InlineData("79228162514264337593543950336")]
    [InlineData("8e28")]
    public void JsonNumber_BeyondDecimal_RejectedNamingTheWireTextNeverReadThroughADouble(string wire)
    {
        var options = new System.Text.Json.JsonSerializerOptions { Converters = { new LenientDecimalConverter() } };

        var ex = Assert.Throws<System.Text.Json.JsonException>(() => System.Text.Json.JsonSerializer.Deserialize<decimal>(wire, options));

        Assert.Contains($"'{wire}'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ticker_NotADecimal_Rejected()
    {
        var ex = Assert.Throws<Bitget.Client.Errors.BitgetApiException>(() => ParseTicker("""{"symbol":"BTCUSDT","lastPr":"12abc","ts":"1700000000000"}"""));

        Assert.Contains("12abc", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ticker_TimestampString_ReadAsUnixMilliseconds()
    {
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_123), ParseTicker("""{"symbol":"BTCUSDT","ts":"1700000000123"}""").Timestamp);
    }

    private static FuturesTicker ParseTicker(string ticker) =>
        Assert.Single(EnvelopeReader.Read(
            System.Text.Encoding.UTF8.GetBytes($$"""{"code":"00000","msg":"success","requestTime":1,"data":[{{ticker}}]}"""),
            HttpStatusCode.OK,
            "/api/v2/mix/market/tickers",
            V2JsonContext.Default.IReadOnlyListFuturesTicker)!);
}
