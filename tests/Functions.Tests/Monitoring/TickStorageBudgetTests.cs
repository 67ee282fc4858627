using Functions.Tests.Monitoring.Support;
using Functions.Tests.Support;
using Sentinel.Core.Ticks;
using Sentinel.TestSupport;

namespace Functions.Tests.Monitoring;

/// <summary>
/// Storage round trips and bytes per tick, counted on the Table client's pipeline (every request that leaves it,
/// both directions). Counts are deterministic, so they are asserted; timings are the bench's business.
/// </summary>
[Collection(MonitoringAzuriteGroup.Name)]
public sealed class TickStorageBudgetTests(AzuriteFixture azurite)
{
    /// <summary>Lease take (one conditional write), snapshot transaction, price-history transaction, lease release.</summary>
    private const int SteadyRoundTrips = 4;

    private const long SteadyBytes = 50 * 1024;

    [Fact]
    public async Task StubExchange_200SymbolsAnd50Positions_SteadyTicksCost4RoundTripsAndUnder50KB_FlatAsHistoryGrows()
    {
        // A short history window so that thinning and expiry (the deletes) are part of the steady state within the run.
        await using var app = await SentinelTestApp.StartMonitoringAsync(azurite, new Dictionary<string, string?>
        {
            ["Monitor:PriceHistory:Window"] = "01:00:00",
            ["Monitor:PriceHistory:FullResolution"] = "00:10:00",
            ["Monitor:PriceHistory:DownsampleInterval"] = "00:05:00",
        });
        var step = 0;
        app.Port.Next = () => MarketData.Snapshot(app.Clock.GetUtcNow(), symbols: 200, positions: 50, step);
        var costs = new List<(int Requests, long Bytes)>();

        for (step = 0; step < 240; step++)
        {
            var (requests, bytes) = (app.Storage.Requests, app.Storage.Bytes);
            var result = await app.Tick.RunAsync();
            Assert.Equal(TickOutcome.Succeeded, result.Outcome);
            costs.Add((app.Storage.Requests - requests, app.Storage.Bytes - bytes));
            app.Clock.Advance(TimeSpan.FromSeconds(30));
        }

        var steady = costs.Skip(1).ToList();
        Assert.All(steady, c => Assert.Equal(SteadyRoundTrips, c.Requests));
        Assert.All(steady, c => Assert.InRange(c.Bytes, 1, SteadyBytes));
        var early = steady.Skip(9).Take(20).Average(c => c.Bytes);
        var late = steady.TakeLast(20).Average(c => c.Bytes);
        Assert.InRange(late, early * 0.9, early * 1.1);
        var series = (await app.History.ReadAsync(MarketData.Symbol(199))).Samples;
        Assert.Equal(MarketData.Price(199, 239), series[^1].Price);
        Assert.InRange(series.Count, 20, 32);
    }

    [Fact]
    public async Task StubExchange_FailedReadOnAWarmInstance_CostsTheLeaseAndOneWrite()
    {
        await using var app = await SentinelTestApp.StartMonitoringAsync(azurite);
        app.Port.Next = () => MarketData.Snapshot(app.Clock.GetUtcNow(), symbols: 20, positions: 5);
        await app.Tick.RunAsync();
        app.Clock.Advance(TimeSpan.FromSeconds(30));
        app.Port.Failure = new TimeoutException();
        var before = app.Storage.Requests;

        var result = await app.Tick.RunAsync();

        Assert.Equal(TickOutcome.ExchangeFailed, result.Outcome);
        Assert.Equal(3, app.Storage.Requests - before);
    }

    [Fact]
    public async Task StubExchange_ColdInstance_ReadsWhatItNeedsOnce_ThenTicksAtTheSteadyCost()
    {
        await using (var previous = await SentinelTestApp.StartMonitoringAsync(azurite))
        {
            previous.Port.Next = () => MarketData.Snapshot(previous.Clock.GetUtcNow(), symbols: 200, positions: 50);
            await previous.Tick.RunAsync();
        }

        await using var cold = await SentinelTestApp.StartMonitoringAsync(azurite, keepTables: true);
        cold.Clock.Advance(TimeSpan.FromSeconds(30));
        cold.Port.Next = () => MarketData.Snapshot(cold.Clock.GetUtcNow(), symbols: 200, positions: 50, step: 1);

        await cold.Tick.RunAsync();
        var first = cold.Storage.Requests;
        cold.Clock.Advance(TimeSpan.FromSeconds(30));
        var second = await cold.Tick.RunAsync();

        // Creating the three tables (3), lease read and take (2), status, positions and price history (3), two writes, release.
        Assert.Equal(11, first);
        Assert.Equal(50, second.PreviousPositions.Count);
        Assert.Equal(3, second.PriceHistory[MarketData.Symbol(0)].Samples.Count);
        Assert.Equal(SteadyRoundTrips, cold.Storage.Requests - first);
    }
}
