using System.Net;
using Bitget.Client.Credentials;
using Bitget.Client.Errors;
using Bitget.Client.Tests.Support;
using Bitget.Client.Trading;
using Bitget.Client.V2.Orders;
using Microsoft.Extensions.Time.Testing;

namespace Bitget.Client.Tests.Http;

/// <summary>After Bitget rejects the credentials, the client invalidates them, re-reads and resends exactly once.</summary>
public sealed class CredentialRefreshTests
{
    private const string AccountsPath = "/api/v2/mix/account/accounts";
    private static readonly BitgetCredentials Old = new("old-key-0001", "old-secret", "old-pass");
    private static readonly BitgetCredentials Rotated = new("new-key-0002", "new-secret", "new-pass");

    [Theory]
    [InlineData("40009")]
    [InlineData("40006")]
    [InlineData("40012")]
    [InlineData("40037")]
    public async Task Read_CredentialsRejected_InvalidatedReReadAndResentOnce(string code)
    {
        var provider = new RotatingCredentialsProvider(Old, Rotated);
        var handler = new FakeBitgetHandler()
            .Once(AccountsPath, HttpStatusCode.BadRequest, FakeBitgetHandler.Error(code, "rejected"))
            .Always(AccountsPath, HttpStatusCode.OK, FakeBitgetHandler.Success("[]"));
        using var client = TestClients.Create(handler, credentials: provider);

        await client.Account.GetAccountsAsync();

        Assert.Equal(1, provider.Invalidations);
        var attempts = handler.To(AccountsPath);
        Assert.Equal(["old-key-0001", "new-key-0002"], attempts.Select(a => a.Header("ACCESS-KEY")));
        Assert.Equal("new-pass", attempts[1].Header("ACCESS-PASSPHRASE"));
    }

    [Fact]
    public async Task Read_RejectedAgainAfterRefresh_ThrowsAfterTwoAttempts()
    {
        var provider = new RotatingCredentialsProvider(Old, Rotated);
        var handler = new FakeBitgetHandler().Always(AccountsPath, HttpStatusCode.BadRequest, FakeBitgetHandler.Error("40009", "sign signature error"));
        using var client = TestClients.Create(handler, credentials: provider);

        var ex = await Assert.ThrowsAsync<BitgetApiException>(() => client.Account.GetAccountsAsync());

        Assert.Equal(BitgetErrorKind.Authentication, ex.Kind);
        Assert.Equal(2, handler.Requests.Count);
        Assert.Equal(1, provider.Invalidations);
    }

    [Fact]
    public async Task Order_SignatureRejected_ProvenUnprocessed_ResentWithSameClientOid()
    {
        var provider = new RotatingCredentialsProvider(Old, Rotated);
        var handler = new FakeBitgetHandler()
            .Once("/api/v2/mix/order/place-order", HttpStatusCode.BadRequest, FakeBitgetHandler.Error("40009", "sign signature error"))
            .Always("/api/v2/mix/order/place-order", HttpStatusCode.OK, FakeBitgetHandler.Success("""{"orderId":"5","clientOid":"oid-9"}"""))
            .Always("/api/v2/mix/order/detail", HttpStatusCode.BadRequest, FakeBitgetHandler.Error("40768", "Order does not exist"));
        using var client = TestClients.Create(handler, credentials: provider);

        var ack = await client.Orders.PlaceAsync(new PlaceOrderRequest
        {
            Symbol = "BTCUSDT", MarginCoin = "USDT", PositionMode = PositionMode.OneWay, PositionSide = PositionSide.Long, Action = OrderAction.Open, Size = 1m, ClientOid = "oid-9",
        });

        Assert.Equal("5", ack.OrderId);
        var posts = handler.To("/api/v2/mix/order/place-order");
        Assert.Equal(2, posts.Count);
        Assert.Equal(posts[0].Body, posts[1].Body);
        Assert.Equal("new-key-0002", posts[1].Header("ACCESS-KEY"));
    }

    [Fact]
    public async Task PublicCall_WithoutCredentialsProvider_Works_PrivateCallExplains()
    {
        var handler = new FakeBitgetHandler().Always("/api/v2/mix/market/tickers", HttpStatusCode.OK, FakeBitgetHandler.Success("[]"));
        using var client = new BitgetClient(new BitgetClientOptions { BaseAddress = new Uri("https://bitget.test") }, null, handler, new FakeTimeProvider(), new Random(1));

        await client.Market.GetTickersAsync();
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => client.Account.GetAccountsAsync());

        Assert.Contains(AccountsPath, ex.Message, StringComparison.Ordinal);
        Assert.Single(handler.Requests);
    }
}
