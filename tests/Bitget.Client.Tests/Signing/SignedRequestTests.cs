using System.Net;
using Bitget.Client.Signing;
using Bitget.Client.Tests.Support;
using Bitget.Client.Trading;
using Bitget.Client.V2.Orders;
using Microsoft.Extensions.Time.Testing;

namespace Bitget.Client.Tests.Signing;

/// <summary>What goes on the wire for signed requests: headers, the exact bytes signed, clock skew, demo header.</summary>
public sealed class SignedRequestTests
{
    private const string AccountPath = "/api/v2/mix/account/account";
    private static readonly DateTimeOffset LocalStart = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Get_SignsSortedRawQueryAndSendsHeaders()
    {
        var time = new FakeTimeProvider(LocalStart);
        var handler = new FakeBitgetHandler().Always(AccountPath, HttpStatusCode.OK, FakeBitgetHandler.Success("""{"marginCoin":"USDT"}"""));
        using var client = TestClients.Create(handler, time);

        await client.Account.GetAccountAsync("BTCUSDT", "USDT");

        var request = Assert.Single(handler.Requests);
        var timestamp = LocalStart.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("?marginCoin=USDT&productType=USDT-FUTURES&symbol=BTCUSDT", request.Uri.Query);
        Assert.Equal(timestamp, request.Header("ACCESS-TIMESTAMP"));
        Assert.Equal(TestClients.Credentials.ApiKey, request.Header("ACCESS-KEY"));
        Assert.Equal(TestClients.Credentials.Passphrase, request.Header("ACCESS-PASSPHRASE"));
        var expected = BitgetSigner.Sign(TestClients.Credentials.Secret, $"{timestamp}GET{AccountPath}?marginCoin=USDT&productType=USDT-FUTURES&symbol=BTCUSDT");
        Assert.Equal(expected, request.Header("ACCESS-SIGN"));
        Assert.Equal("en-US", request.Header("locale"));
        Assert.False(request.HasHeader("paptrading"));
    }

    [Fact]
    public async Task Get_SymbolNeedingEncoding_UrlEncodedButRawSigned()
    {
        var time = new FakeTimeProvider(LocalStart);
        var handler = new FakeBitgetHandler().Always(AccountPath, HttpStatusCode.OK, FakeBitgetHandler.Success("""{"marginCoin":"USDT"}"""));
        using var client = TestClients.Create(handler, time);

        await client.Account.GetAccountAsync("龙虾USDT", "USDT");

        var request = Assert.Single(handler.Requests);
        Assert.Contains("symbol=%E9%BE%99%E8%99%BEUSDT", request.Uri.AbsoluteUri, StringComparison.Ordinal);
        var timestamp = LocalStart.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var expected = BitgetSigner.Sign(TestClients.Credentials.Secret, $"{timestamp}GET{AccountPath}?marginCoin=USDT&productType=USDT-FUTURES&symbol=龙虾USDT");
        Assert.Equal(expected, request.Header("ACCESS-SIGN"));
    }

    [Fact]
    public async Task Post_SignsTheExactBodySent()
    {
        var time = new FakeTimeProvider(LocalStart);
        var handler = new FakeBitgetHandler().KnowsNoOrders().Always("/api/v2/mix/order/place-order", HttpStatusCode.OK, FakeBitgetHandler.Success("""{"orderId":"1","clientOid":"c1"}"""));
        using var client = TestClients.Create(handler, time);

        await client.Orders.PlaceAsync(new PlaceOrderRequest
        {
            Symbol = "BTCUSDT", MarginCoin = "USDT", PositionMode = PositionMode.OneWay, PositionSide = PositionSide.Long, Action = OrderAction.Open, Size = 0.010m, ClientOid = "c1",
        });

        var request = Assert.Single(handler.To("/api/v2/mix/order/place-order"));
        var timestamp = request.Header("ACCESS-TIMESTAMP");
        Assert.Equal(BitgetSigner.Sign(TestClients.Credentials.Secret, $"{timestamp}POST/api/v2/mix/order/place-order{request.Body}"), request.Header("ACCESS-SIGN"));
        Assert.Contains("\"size\":\"0.01\"", request.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClockSkew_MeasuredFromServerTime_AppliedToTimestamp()
    {
        var time = new FakeTimeProvider(LocalStart);
        var serverNow = LocalStart.AddSeconds(42);
        var handler = new FakeBitgetHandler()
            .Always("/api/v2/public/time", HttpStatusCode.OK, FakeBitgetHandler.Success($$"""{"serverTime":"{{serverNow.ToUnixTimeMilliseconds()}}"}"""))
            .Always(AccountPath, HttpStatusCode.OK, FakeBitgetHandler.Success("""{"marginCoin":"USDT"}"""));
        using var client = TestClients.Create(handler, time, o => o.SynchronizeClock = true);

        await client.Account.GetAccountAsync("BTCUSDT", "USDT");

        Assert.Equal(TimeSpan.FromSeconds(42), client.Clock.Offset);
        var signed = Assert.Single(handler.To(AccountPath));
        Assert.Equal(serverNow.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture), signed.Header("ACCESS-TIMESTAMP"));
        Assert.False(handler.To("/api/v2/public/time")[0].HasHeader("ACCESS-SIGN"));
    }

    [Theory]
    [InlineData("40008")]
    [InlineData("40004")]
    public async Task TimestampExpired_ResynchronizesAndResendsOnce(string code)
    {
        var time = new FakeTimeProvider(LocalStart);
        var serverNow = LocalStart.AddSeconds(-45);
        var handler = new FakeBitgetHandler()
            .Always("/api/v2/public/time", HttpStatusCode.OK, FakeBitgetHandler.Success($$"""{"serverTime":"{{serverNow.ToUnixTimeMilliseconds()}}"}"""))
            .Once(AccountPath, HttpStatusCode.BadRequest, FakeBitgetHandler.Error(code, "Request timestamp expired"))
            .Always(AccountPath, HttpStatusCode.OK, FakeBitgetHandler.Success("""{"marginCoin":"USDT"}"""));
        using var client = TestClients.Create(handler, time);

        var account = await client.Account.GetAccountAsync("BTCUSDT", "USDT");

        Assert.Equal("USDT", account.MarginCoin);
        var attempts = handler.To(AccountPath);
        Assert.Equal(2, attempts.Count);
        Assert.Single(handler.To("/api/v2/public/time"));
        Assert.Equal(serverNow.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture), attempts[1].Header("ACCESS-TIMESTAMP"));
    }

    [Fact]
    public async Task DemoTrading_SendsPaptradingHeader()
    {
        var handler = new FakeBitgetHandler().Always("/api/v2/mix/market/tickers", HttpStatusCode.OK, FakeBitgetHandler.Success("[]"));
        using var client = TestClients.Create(handler, configure: o => o.DemoTrading = true);

        await client.Market.GetTickersAsync();

        Assert.Equal("1", Assert.Single(handler.Requests).Header("paptrading"));
    }

    [Fact]
    public async Task DemoTrading_DemoCoinProductType_NoPaptradingHeader()
    {
        var handler = new FakeBitgetHandler().Always("/api/v2/mix/market/tickers", HttpStatusCode.OK, FakeBitgetHandler.Success("[]"));
        using var client = TestClients.Create(handler, configure: o => o.DemoTrading = true);

        await client.Market.GetTickersAsync(ProductType.SUsdtFutures);

        var request = Assert.Single(handler.Requests);
        Assert.False(request.HasHeader("paptrading"));
        Assert.Equal("?productType=SUSDT-FUTURES", request.Uri.Query);
    }

    [Fact]
    public async Task PublicCall_NoCredentialHeaders()
    {
        var handler = new FakeBitgetHandler().Always("/api/v2/mix/market/tickers", HttpStatusCode.OK, FakeBitgetHandler.Success("[]"));
        using var client = TestClients.Create(handler);

        await client.Market.GetTickersAsync();

        var request = Assert.Single(handler.Requests);
        Assert.False(request.HasHeader("ACCESS-KEY"));
        Assert.False(request.HasHeader("ACCESS-SIGN"));
    }
}
