using Bitget.Client.Exchange;

namespace Bitget.Client.Tests;

/// <summary>Settings refused at construction: a plain-HTTP Bitget host beyond this machine, a coin-M port without its margin coin.</summary>
public sealed class BitgetClientOptionsTests
{
    [Theory]
    [InlineData("http://api.bitget.com")]
    [InlineData("http://10.0.0.5:8080")]
    [InlineData("ftp://api.bitget.com")]
    public void BaseAddress_NotHttpsAndNotLoopback_RefusedAtConstruction(string address)
    {
        var ex = Assert.Throws<ArgumentException>(() => new BitgetClient(new BitgetClientOptions { BaseAddress = new Uri(address) }));

        Assert.Equal("BaseAddress", ex.ParamName);
        Assert.Contains("https", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://api.bitget.com")]
    [InlineData("http://127.0.0.1:5005")]
    [InlineData("http://localhost:5005")]
    [InlineData("http://[::1]:5005")]
    public void BaseAddress_HttpsOrLoopback_Accepted(string address)
    {
        using var client = new BitgetClient(new BitgetClientOptions { BaseAddress = new Uri(address) });

        Assert.NotNull(client.Market);
    }

    [Theory]
    [InlineData("USDT-FUTURES", null, "USDT")]
    [InlineData("USDC-FUTURES", null, "USDC")]
    [InlineData("SUSDT-FUTURES", null, "SUSDT")]
    [InlineData("COIN-FUTURES", "btc", "BTC")]
    [InlineData("USDT-FUTURES", "usdt", "USDT")]
    public void MarginCoin_FollowsTheProductTypeUnlessSet(string productType, string? marginCoin, string expected)
    {
        var options = new ExchangePortOptions { ProductType = productType, MarginCoin = marginCoin };

        Assert.Equal(expected, options.GetMarginCoin());
    }

    [Fact]
    public void MarginCoin_CoinFuturesWithoutOne_RefusedNamingTheSetting()
    {
        var ex = Assert.Throws<ArgumentException>(() => new ExchangePortOptions { ProductType = "COIN-FUTURES" }.Validate());

        Assert.Equal("MarginCoin", ex.ParamName);
    }
}
