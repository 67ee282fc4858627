using System.Net;
using Bitget.Client.Errors;
using Bitget.Client.Tests.Support;
using Bitget.Client.Trading;
using Bitget.Client.V2.Orders;
using Microsoft.Extensions.Time.Testing;

namespace Bitget.Client.Tests.Resilience;

/// <summary>
/// Waiting for the client-side rate limiter is not part of an attempt: a POST queued behind it is not on the wire, so
/// neither the attempt timeout nor a lost-reply lookup may apply to that wait.
/// </summary>
public sealed class RateLimitWaitTests
{
    private const string PlacePath = "/api/v2/mix/order/place-order";
    private const string DetailPath = "/api/v2/mix/order/detail";
    private const string CancelPath = "/api/v2/mix/order/cancel-order";

    [Fact]
    public async Task PlaceOrders_QueuedLongerThanTheAttemptTimeout_EachSentOnceAndNeverLookedUp()
    {
        var time = new FakeTimeProvider();
        var handler = Accepting(new FakeBitgetHandler().InPositionMode(PositionMode.Hedge));
        using var client = TestClients.Create(handler, time, o => o.AttemptTimeout = TimeSpan.FromSeconds(2));

        var acks = await time.RunAsync(Task.WhenAll(Enumerable.Range(0, 40).Select(_ => client.Orders.PlaceAsync(CloseLong()))));

        Assert.Equal(40, acks.Select(a => a.OrderId).Distinct().Count());
        Assert.Equal(40, handler.To(PlacePath).Count);
        Assert.Empty(handler.To(DetailPath));
    }

    [Fact]
    public async Task Cancel_StillQueuedWhenTheTotalTimeoutEnds_FailsAsNeverSent()
    {
        var time = new FakeTimeProvider();
        var handler = new FakeBitgetHandler().Always(CancelPath, HttpStatusCode.OK, FakeBitgetHandler.Success("""{"orderId":"1","clientOid":""}"""));
        using var client = TestClients.Create(handler, time, o => o.TotalTimeout = TimeSpan.FromMilliseconds(500));
        await Task.WhenAll(Enumerable.Range(0, 10).Select(i => client.Orders.CancelAsync("BTCUSDT", OrderReference.ById($"{i}"))));

        var ex = await Assert.ThrowsAsync<BitgetApiException>(() => time.RunAsync(client.Orders.CancelAsync("BTCUSDT", OrderReference.ById("queued"))));

        Assert.True(ex.ProvesNotProcessed);
        Assert.Contains("never sent", ex.Message, StringComparison.Ordinal);
        Assert.Equal(10, handler.To(CancelPath).Count);
        Assert.DoesNotContain(handler.To(CancelPath), r => r.Body!.Contains("queued", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Cancel_RefusedByTheOpenCircuit_ProvesNotProcessed()
    {
        var handler = new FakeBitgetHandler()
            .Always("/api/v2/mix/market/tickers", (HttpStatusCode)503, "down")
            .Always(CancelPath, HttpStatusCode.OK, FakeBitgetHandler.Success("""{"orderId":"1","clientOid":""}"""));
        using var client = TestClients.Create(handler, configure: o =>
        {
            o.MaxReadRetries = 0;
            o.CircuitMinimumThroughput = 2;
        });
        for (var i = 0; i < 2; i++)
        {
            await Assert.ThrowsAsync<BitgetApiException>(() => client.Market.GetTickersAsync());
        }

        var ex = await Assert.ThrowsAsync<BitgetApiException>(() => client.Orders.CancelAsync("BTCUSDT", OrderReference.ById("1")));

        Assert.Equal(BitgetErrorKind.CircuitOpen, ex.Kind);
        Assert.True(ex.ProvesNotProcessed);
        Assert.Empty(handler.To(CancelPath));
    }

    private static FakeBitgetHandler Accepting(FakeBitgetHandler handler)
    {
        var next = 0;
        return handler.Always(PlacePath, _ => Task.FromResult(FakeBitgetHandler.Json(
            HttpStatusCode.OK,
            FakeBitgetHandler.Success($$"""{"orderId":"{{Interlocked.Increment(ref next)}}","clientOid":""}"""))));
    }

    // No caller clientOid: the client generates one, so no look-up precedes the POST (a caller's own is looked up first).
    private static PlaceOrderRequest CloseLong() => new()
    {
        Symbol = "BTCUSDT", MarginCoin = "USDT", PositionMode = PositionMode.Hedge, PositionSide = PositionSide.Long, Action = OrderAction.Close, Size = 0.5m,
    };
}
