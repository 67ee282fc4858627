using Bitget.Client.Tests.Support;
using Bitget.Client.Trading;
using Bitget.Client.V2.Orders;
using SimSide = Bitget.Simulator.Accounts.PositionSide;

namespace Bitget.Client.Tests.RateLimiting;

/// <summary>
/// Bursts of concurrent calls against the simulator, which enforces Bitget's per-second limits over a sliding second
/// and answers 429 when a caller exceeds them. The client's limiter must keep every burst under the limit. The shared
/// fake clock (see <see cref="SimulatedBitget"/>) makes the 20 s the burst takes cost well under a second, and stamps
/// each request with the instant the client released it, so the per-second counts are exact, not timing-dependent.
/// </summary>
public sealed class RateLimitBurstTests : IAsyncLifetime
{
    private const string AllPositions = "/api/v2/mix/position/all-position";
    private const string PlaceOrder = "/api/v2/mix/order/place-order";
    private SimulatedBitget _h = null!;

    public async Task InitializeAsync()
    {
        _h = await SimulatedBitget.StartAsync(o => o.Accounts[0].Balance = 1_000_000m);
        _h.Sim.Prices.Set("BTCUSDT", 60_000m);
        _h.Sim.SeedPosition("BTCUSDT", SimSide.Long, 0.5m, 60_000m);
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task HundredConcurrentPositionReads_NeverAnswered429_AtMostFivePerSecond()
    {
        var started = _h.Time.GetUtcNow();

        var results = await _h.RunAllAsync(100, (c, _) => c.Positions.GetAllAsync());

        Assert.All(results, r => Assert.Equal(0.5m, Assert.Single(r).Total));
        var requests = _h.Sim.Requests.For(AllPositions);
        Assert.Equal(100, requests.Count);
        Assert.DoesNotContain(requests, r => r.Status == 429);
        Assert.InRange(_h.Sim.Requests.MaxInWindow(AllPositions, TimeSpan.FromSeconds(1)), 1, 5);
        Assert.InRange(_h.Time.GetUtcNow() - started, TimeSpan.FromSeconds(19), TimeSpan.FromSeconds(25));
    }

    [Fact]
    public async Task FiftyConcurrentOrders_NeverAnswered429_AtMostTenPerSecond_EachPlacedOnce()
    {
        var acks = await _h.RunAllAsync(50, (c, i) => c.Orders.PlaceAsync(new PlaceOrderRequest
        {
            Symbol = "BTCUSDT",
            MarginCoin = "USDT",
            PositionMode = PositionMode.OneWay,
            PositionSide = PositionSide.Long,
            Action = OrderAction.Open,
            Size = 0.001m,
            ClientOid = $"burst-{i}",
        }));

        Assert.Equal(50, acks.Select(a => a.OrderId).Distinct().Count());
        var requests = _h.Sim.Requests.For(PlaceOrder);
        Assert.Equal(50, requests.Count);
        Assert.DoesNotContain(requests, r => r.Status == 429);
        Assert.InRange(_h.Sim.Requests.MaxInWindow(PlaceOrder, TimeSpan.FromSeconds(1)), 1, 10);
        Assert.Equal(0.55m, Assert.Single(_h.Sim.Exchange.Positions(_h.Sim.ApiKey)).Size);
    }
}
