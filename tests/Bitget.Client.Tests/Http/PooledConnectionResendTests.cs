using Bitget.Client.Credentials;
using Bitget.Client.Errors;
using Bitget.Client.Tests.Support;
using Bitget.Client.Trading;
using Bitget.Client.V2.Orders;

namespace Bitget.Client.Tests.Http;

/// <summary>
/// SocketsHttpHandler (the client's default primary handler) resends a request on a new connection by itself when a
/// reused pooled connection closes before any reply byte, but only a request without a body. Every write carries a JSON
/// body, so an order Bitget processed before the connection dropped is never placed a second time behind our back.
/// </summary>
public sealed class PooledConnectionResendTests : IAsyncLifetime
{
    private const string PlaceOrder = "/api/v2/mix/order/place-order";
    private const string ServerTime = "/api/v2/public/time";
    private readonly ClosingHttpServer _server = new();
    private BitgetClient _client = null!;

    public async Task InitializeAsync()
    {
        var options = new BitgetClientOptions { BaseAddress = _server.BaseAddress, MaxReadRetries = 0, OrderLookupAttempts = 1 };
        _client = new BitgetClient(options, new StaticCredentialsProvider(new BitgetCredentials("key", "secret", "passphrase")));
        await _client.Market.GetServerTimeAsync();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Read_ClosedUnansweredOnAReusedConnection_IsResentByTheHandlerItself()
    {
        _server.CloseAfterReading(ServerTime);

        await _client.Market.GetServerTimeAsync();

        Assert.Equal(3, _server.Count("GET", ServerTime));
        Assert.Equal(2, _server.Connections);
    }

    [Fact]
    public async Task PlaceOrder_ReadInFullThenClosedUnansweredOnAReusedConnection_SentOnceAndOutcomeUnknown()
    {
        _server.CloseAfterReading(PlaceOrder);

        var ex = await Assert.ThrowsAsync<OrderOutcomeUnknownException>(() => _client.Orders.PlaceAsync(new PlaceOrderRequest
        {
            Symbol = "BTCUSDT",
            MarginCoin = "USDT",
            PositionMode = PositionMode.OneWay,
            PositionSide = PositionSide.Long,
            Action = OrderAction.Open,
            Size = 0.01m,
            ClientOid = "pooled-close",
        }));

        Assert.Equal("pooled-close", ex.ClientOid);
        Assert.Equal(1, _server.Count("POST", PlaceOrder));
        // One check for an order already under that clientOid before placing, one lookup after the connection closed.
        Assert.Equal(2, _server.Count("GET", "/api/v2/mix/order/detail"));
    }
}
