using System.Net;
using Bitget.Client.RateLimiting;
using Bitget.Client.Tests.Support;
using Bitget.Client.Trading;
using Bitget.Client.V2.Account;
using Bitget.Client.V2.Market;
using Bitget.Client.V2.Orders;
using Bitget.Client.V2.Positions;
using Microsoft.Extensions.Time.Testing;

namespace Bitget.Client.Tests.RateLimiting;

/// <summary>Per-endpoint limits at Bitget's documented rates; callers queue on the fake clock instead of failing.</summary>
public sealed class RateLimitTests
{
    [Fact]
    public void Endpoints_CarryDocumentedPerSecondLimits()
    {
        Assert.Equal(20, MarketEndpoints.Tickers.PerSecond);
        Assert.Equal(20, MarketEndpoints.Contracts.PerSecond);
        Assert.Equal(10, AccountEndpoints.Accounts.PerSecond);
        Assert.Equal(5, AccountEndpoints.SetLeverage.PerSecond);
        Assert.Equal(5, PositionEndpoints.AllPositions.PerSecond);
        Assert.Equal(10, PositionEndpoints.SinglePosition.PerSecond);
        Assert.Equal(10, OrderEndpoints.PlaceOrder.PerSecond);
        Assert.Equal(5, OrderEndpoints.BatchPlaceOrder.PerSecond);
        Assert.Equal(1, OrderEndpoints.ClosePositions.PerSecond);
        Assert.Equal(10, OrderEndpoints.OrdersPending.PerSecond);
    }

    [Fact]
    public async Task Limiter_BurstUpToLimit_ThenQueuesUntilTheFirstGrantIsASecondOld()
    {
        var time = new FakeTimeProvider();
        using var limiter = new TimeProviderRateLimiter(10, time);
        for (var i = 0; i < 10; i++)
        {
            Assert.True((await limiter.AcquireAsync()).IsAcquired);
        }

        var waiting = limiter.AcquireAsync().AsTask();
        await Task.Yield();
        Assert.False(waiting.IsCompleted);

        time.Advance(TimeSpan.FromMilliseconds(999));
        await Task.Yield();
        Assert.False(waiting.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        var lease = await waiting;

        Assert.True(lease.IsAcquired);
    }

    [Fact]
    public void Limiter_SteadyRateAfterABurst_NeverMoreThanTheLimitInAnySecond()
    {
        var time = new FakeTimeProvider();
        using var limiter = new TimeProviderRateLimiter(5, time);
        var granted = new List<DateTimeOffset>();

        for (var step = 0; step < 300; step++)
        {
            while (limiter.AttemptAcquire().IsAcquired)
            {
                granted.Add(time.GetUtcNow());
            }

            time.Advance(TimeSpan.FromMilliseconds(10));
        }

        Assert.All(granted, t => Assert.InRange(granted.Count(o => o <= t && t - o < TimeSpan.FromSeconds(1)), 1, 5));
        Assert.Equal(15, granted.Count);
    }

    [Fact]
    public void Limiter_AttemptWhenEmpty_RefusedNotBlocked()
    {
        var time = new FakeTimeProvider();
        using var limiter = new TimeProviderRateLimiter(1, time);

        Assert.True(limiter.AttemptAcquire().IsAcquired);
        Assert.False(limiter.AttemptAcquire().IsAcquired);
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.True(limiter.AttemptAcquire().IsAcquired);
    }

    [Fact]
    public async Task FlashClose_SecondCallWithinOneSecond_WaitsForTheLimit()
    {
        var time = new FakeTimeProvider();
        var handler = new FakeBitgetHandler().Always("/api/v2/mix/order/close-positions", HttpStatusCode.OK, FakeBitgetHandler.Success("""{"successList":[],"failureList":[]}"""));
        using var client = TestClients.Create(handler, time);
        await client.Orders.ClosePositionsAsync("BTCUSDT", PositionMode.OneWay, null);

        var second = client.Orders.ClosePositionsAsync("ETHUSDT", PositionMode.OneWay, null);
        for (var i = 0; i < 20; i++)
        {
            await Task.Yield();
        }

        Assert.False(second.IsCompleted);
        Assert.Single(handler.Requests);
        time.Advance(EndpointRateLimiters.Window);
        await second;
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task RateLimitingOff_NoQueueing()
    {
        var time = new FakeTimeProvider();
        var handler = new FakeBitgetHandler().Always("/api/v2/mix/order/close-positions", HttpStatusCode.OK, FakeBitgetHandler.Success("""{"successList":[],"failureList":[]}"""));
        using var client = TestClients.Create(handler, time, o => o.RateLimiting = false);

        await client.Orders.ClosePositionsAsync("BTCUSDT", PositionMode.OneWay, null);
        await client.Orders.ClosePositionsAsync("ETHUSDT", PositionMode.OneWay, null);

        Assert.Equal(2, handler.Requests.Count);
    }
}
