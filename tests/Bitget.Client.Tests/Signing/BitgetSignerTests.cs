using Bitget.Client.Signing;

namespace Bitget.Client.Tests.Signing;

/// <summary>Signature vectors from BITGET-API.md §2.6 and BITGET-UTA-V3.md §3.1.</summary>
public sealed class BitgetSignerTests
{
    private const string DocSecret = "22582BD0CFF14C41EDBF1AB98506286D";

    [Theory]
    [InlineData(DocSecret, "16273667805456GET/api/mix/v2/market/depth?limit=20&symbol=BTCUSDT", "30l+qfOwyfwL90Ss/Wz2h2be1+vlW/DKH5rcFIsocEI=")]
    [InlineData(DocSecret, """16273667805456POST/api/v2/mix/order/place-order{"productType":"usdt-futures","symbol":"BTCUSDT","size":"8","marginMode":"crossed","side":"buy","orderType":"limit","clientOid":"channel#123456"}""", "jIRuviYIBOMtYTXX+ji2u+/QsuvmwgqRWhM6kiexTEU=")]
    [InlineData(DocSecret, "1684814440729GET/api/v2/mix/account/account?marginCoin=usdt&symbol=btcusdt", "gIpfIdEK8WjFNJqMBRBLv6oy+7hctf2mIH8zDrlVEWg=")]
    [InlineData(DocSecret, "1695806875837GET/api/v2/public/time", "7UlGn4NDj8cvVq+d2JU9yIXh4T9d74tzxXrVHUq3JwY=")]
    [InlineData(DocSecret, "1538054050GET/user/verify", "/4S0C3L8mGdm8894ulf8wfnQ6dqMXO8Iw95zlvMN8Zw=")]
    [InlineData("testsecret", "1700000000000GET/api/v3/market/tickers?symbol=BTCUSDT", "RwMWvwNB33S81k7+cp0K5zak5xwTS0UY5l3bBU1kRG8=")]
    [InlineData("testsecret", """1700000000000POST/api/v3/trade/place-order{"category":"USDT-FUTURES","symbol":"BTCUSDT","qty":"0.001","side":"buy","orderType":"market","clientOid":"sentinel-0001"}""", "0FNfuh5TDS5wglmaJByCHGyvRumNkPYTgGXykiBLPek=")]
    [InlineData("testsecret", "1700000000GET/user/verify", "7yvssn19Hr3vxrE80AxY85uruo3euy+gZGqusHm7oc8=")]
    public void Sign_PublishedVectors(string secret, string prehash, string expected) =>
        Assert.Equal(expected, BitgetSigner.Sign(secret, prehash));

    [Fact]
    public void Prehash_GetWithQuery_JoinsWithQuestionMark() =>
        Assert.Equal(
            "16273667805456GET/api/mix/v2/market/depth?limit=20&symbol=BTCUSDT",
            BitgetSigner.Prehash("16273667805456", "get", "/api/mix/v2/market/depth", "limit=20&symbol=BTCUSDT", null));

    [Fact]
    public void Prehash_EmptyQuery_NoQuestionMark() =>
        Assert.Equal("1695806875837GET/api/v2/public/time", BitgetSigner.Prehash("1695806875837", "GET", "/api/v2/public/time", string.Empty, null));

    [Fact]
    public void Prehash_Post_AppendsBodyWithoutSeparator() =>
        Assert.Equal("1POST/p{\"a\":\"1\"}", BitgetSigner.Prehash("1", "POST", "/p", null, "{\"a\":\"1\"}"));
}
