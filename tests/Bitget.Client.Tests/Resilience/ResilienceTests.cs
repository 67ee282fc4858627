using System.Net;
using Bitget.Client.Errors;
using Bitget.Client.Tests.Support;
using Bitget.Client.Trading;
using Microsoft.Extensions.Time.Testing;

namespace Bitget.Client.Tests.Resilience;

/// <summary>Retries, timeouts and the circuit breaker, on a fake clock.</summary>
public sealed class ResilienceTests
{
    private const string TickersPath = "/api/v2/mix/market/tickers";
    private static readonly string Ok = FakeBitgetHandler.Success("""[{"symbol":"BTCUSDT","lastPr":"1","ts":"1"}]""");

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(429)]
    public async Task Read_RetriedAfterServerErrorOrRateLimit(int status)
    {
        var time = new FakeTimeProvider();
        var handler = new FakeBitgetHandler()
            .Once(TickersPath, (HttpStatusCode)status, status == 429 ? FakeBitgetHandler.Error("429", "Too Many Requests") : "oops")
            .Always(TickersPath, HttpStatusCode.OK, Ok);
        using var client = TestClients.Create(handler, time);

        var tickers = await time.RunAsync(client.Market.GetTickersAsync());

        Assert.Equal(1m, Assert.Single(tickers).LastPrice);
        Assert.Equal(2, handler.To(TickersPath).Count);
    }

    [Theory]
    [InlineData("40015")]
    [InlineData("40200")]
    [InlineData("45001")]
    public async Task Read_RetriedAfterTransientBitgetCode(string code)
    {
        var time = new FakeTimeProvider();
        var handler = new FakeBitgetHandler()
            .Once(TickersPath, HttpStatusCode.BadRequest, FakeBitgetHandler.Error(code, "try again"))
            .Always(TickersPath, HttpStatusCode.OK, Ok);
        using var client = TestClients.Create(handler, time);

        await time.RunAsync(client.Market.GetTickersAsync());

        Assert.Equal(2, handler.To(TickersPath).Count);
    }

    [Fact]
    public async Task Read_RetriedAfterATruncatedReplyThatStartsWithTheSuccessCode()
    {
        var time = new FakeTimeProvider();
        var handler = new FakeBitgetHandler()
            .Once(TickersPath, HttpStatusCode.OK, """{"code":"00000","msg":"success","requestTime":17""")
            .Always(TickersPath, HttpStatusCode.OK, Ok);
        using var client = TestClients.Create(handler, time);

        var tickers = await time.RunAsync(client.Market.GetTickersAsync());

        Assert.Equal(1m, Assert.Single(tickers).LastPrice);
        Assert.Equal(2, handler.To(TickersPath).Count);
    }

    [Fact]
    public async Task Read_NotRetriedAfterPermanentError()
    {
        var handler = new FakeBitgetHandler().Always(TickersPath, HttpStatusCode.BadRequest, FakeBitgetHandler.Error("40019", "Parameter productType cannot be empty"));
        using var client = TestClients.Create(handler);

        var ex = await Assert.ThrowsAsync<BitgetApiException>(() => client.Market.GetTickersAsync());

        Assert.Equal(BitgetErrorKind.InvalidParameter, ex.Kind);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Read_RetriedAfterAttemptTimeout()
    {
        var time = new FakeTimeProvider();
        var handler = new FakeBitgetHandler()
            .Once(TickersPath, async r =>
            {
                await Task.Delay(TimeSpan.FromMinutes(1), time, r.Cancellation);
                return FakeBitgetHandler.Json(HttpStatusCode.OK, Ok);
            })
            .Always(TickersPath, HttpStatusCode.OK, Ok);
        using var client = TestClients.Create(handler, time, o => o.AttemptTimeout = TimeSpan.FromSeconds(2));

        await time.RunAsync(client.Market.GetTickersAsync());

        Assert.Equal(2, handler.To(TickersPath).Count);
    }

    [Fact]
    public async Task Read_RetryAfterHintHonoured()
    {
        var time = new FakeTimeProvider();
        var seenAt = new List<DateTimeOffset>();
        var handler = new FakeBitgetHandler()
            .Once(TickersPath, _ =>
            {
                seenAt.Add(time.GetUtcNow());
                var response = FakeBitgetHandler.Json((HttpStatusCode)429, FakeBitgetHandler.Error("429", "Too Many Requests"));
                response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(7));
                return Task.FromResult(response);
            })
            .Always(TickersPath, _ =>
            {
                seenAt.Add(time.GetUtcNow());
                return Task.FromResult(FakeBitgetHandler.Json(HttpStatusCode.OK, Ok));
            });
        using var client = TestClients.Create(handler, time, o => o.RetryBaseDelay = TimeSpan.FromMilliseconds(100));

        await time.RunAsync(client.Market.GetTickersAsync());

        Assert.Equal(2, seenAt.Count);
        Assert.True(seenAt[1] - seenAt[0] >= TimeSpan.FromSeconds(7), $"retried after {seenAt[1] - seenAt[0]}, before the 7 s hint");
    }

    [Fact]
    public async Task Read_GivesUpAfterMaxRetries_NetworkErrorWithPath()
    {
        var time = new FakeTimeProvider();
        var handler = new FakeBitgetHandler().Always(TickersPath, _ => Task.FromException<HttpResponseMessage>(new HttpRequestException("connection refused")));
        using var client = TestClients.Create(handler, time, o => o.MaxReadRetries = 3);

        var ex = await Assert.ThrowsAsync<BitgetApiException>(() => time.RunAsync(client.Market.GetTickersAsync()));

        Assert.Equal(BitgetErrorKind.Network, ex.Kind);
        Assert.True(ex.IsTransient);
        Assert.Equal(TickersPath, ex.RequestPath);
        Assert.Null(ex.StatusCode);
        Assert.Equal(4, handler.To(TickersPath).Count);
    }

    [Fact]
    public async Task Write_NotRetriedAfterServerError()
    {
        var time = new FakeTimeProvider();
        var handler = new FakeBitgetHandler().Always("/api/v2/mix/order/cancel-order", (HttpStatusCode)503, "unavailable");
        using var client = TestClients.Create(handler, time);

        var ex = await Assert.ThrowsAsync<BitgetApiException>(() => time.RunAsync(client.Orders.CancelAsync("BTCUSDT", OrderReference.ById("1"))));

        Assert.Equal(BitgetErrorKind.ServerError, ex.Kind);
        Assert.Equal((HttpStatusCode)503, ex.StatusCode);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Write_RetriedAfter429BecauseItWasRefused()
    {
        var time = new FakeTimeProvider();
        var handler = new FakeBitgetHandler()
            .Once("/api/v2/mix/order/cancel-order", (HttpStatusCode)429, FakeBitgetHandler.Error("429", "Too Many Requests"))
            .Always("/api/v2/mix/order/cancel-order", HttpStatusCode.OK, FakeBitgetHandler.Success("""{"orderId":"1","clientOid":""}"""));
        using var client = TestClients.Create(handler, time);

        var ack = await time.RunAsync(client.Orders.CancelAsync("BTCUSDT", OrderReference.ById("1")));

        Assert.Equal("1", ack.OrderId);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task CircuitBreaker_OpensAfterRepeatedFailures_ThenFailsFastWithoutCalling()
    {
        var time = new FakeTimeProvider();
        var handler = new FakeBitgetHandler().Always(TickersPath, (HttpStatusCode)503, "down");
        using var client = TestClients.Create(handler, time, o =>
        {
            o.MaxReadRetries = 0;
            o.CircuitMinimumThroughput = 4;
            o.CircuitFailureRatio = 0.5;
            o.CircuitBreakDuration = TimeSpan.FromSeconds(30);
        });
        for (var i = 0; i < 4; i++)
        {
            await Assert.ThrowsAsync<BitgetApiException>(() => client.Market.GetTickersAsync());
        }

        var callsBefore = handler.Requests.Count;
        var ex = await Assert.ThrowsAsync<BitgetApiException>(() => client.Market.GetTickersAsync());

        Assert.Equal(BitgetErrorKind.CircuitOpen, ex.Kind);
        Assert.True(ex.IsTransient);
        Assert.Equal(callsBefore, handler.Requests.Count);
    }

    [Fact]
    public async Task CircuitBreaker_ClosesAfterBreakWhenTrialSucceeds()
    {
        var time = new FakeTimeProvider();
        var healthy = false;
        var handler = new FakeBitgetHandler().Always(TickersPath, _ => Task.FromResult(healthy
            ? FakeBitgetHandler.Json(HttpStatusCode.OK, Ok)
            : FakeBitgetHandler.Json((HttpStatusCode)503, "down")));
        using var client = TestClients.Create(handler, time, o =>
        {
            o.MaxReadRetries = 0;
            o.CircuitMinimumThroughput = 2;
            o.CircuitBreakDuration = TimeSpan.FromSeconds(10);
        });
        for (var i = 0; i < 2; i++)
        {
            await Assert.ThrowsAsync<BitgetApiException>(() => client.Market.GetTickersAsync());
        }

        healthy = true;
        time.Advance(TimeSpan.FromSeconds(11));
        var tickers = await client.Market.GetTickersAsync();

        Assert.Single(tickers);
    }
}
