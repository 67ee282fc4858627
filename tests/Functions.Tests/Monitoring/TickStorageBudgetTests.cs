using Functions.Tests.Monitoring.Support;
using Sentinel.Functions.Monitoring;
using Sentinel.TestSupport;

namespace Functions.Tests.Monitoring;

/// <summary>Storage requests per tick, counted on the Table client's pipeline (every request that leaves it).</summary>
[Collection(MonitoringAzuriteGroup.Name)]
public sealed class TickStorageBudgetTests(AzuriteFixture azurite)
{
    /// <summary>
    /// Lease 3 (read, take, release) + 4 reads (status, ticker keys, positions, price history) + 2 ticker
    /// batches + 1 position batch + 2 price-history batches + 1 account/status batch.
    /// </summary>
    private const int Budget = 13;

    [Fact]
    public async Task StubExchange_200SymbolsAnd50Positions_TickStaysWithinTheStorageBudget()
    {
        await using var harness = await TickHarness.StartAsync(azurite);
        var step = 0;
        harness.Port.Next = () => MarketData.Snapshot(harness.Clock.GetUtcNow(), symbols: 200, positions: 50, step);
        var counts = new List<int>();

        for (step = 0; step < 3; step++)
        {
            var before = harness.StorageRequests.Count;
            var result = await harness.Tick.RunAsync();
            counts.Add(harness.StorageRequests.Count - before);
            Assert.Equal(TickOutcome.Succeeded, result.Outcome);
            harness.Clock.Advance(TimeSpan.FromSeconds(30));
        }

        Assert.All(counts, c => Assert.InRange(c, 1, Budget));
        Assert.Equal(200, (await harness.Snapshots.ReadTickersAsync()).Count);
        Assert.Equal(50, (await harness.Snapshots.ReadPositionsAsync()).Count);
        Assert.Equal(3, (await harness.History.ReadAsync(MarketData.Symbol(199))).Samples.Count);
    }

    [Fact]
    public async Task StubExchange_FailedRead_CostsOnlyTheLeaseTheReadsAndOneWrite()
    {
        await using var harness = await TickHarness.StartAsync(azurite);
        harness.Port.Failure = new TimeoutException();
        var before = harness.StorageRequests.Count;

        await harness.Tick.RunAsync();

        Assert.InRange(harness.StorageRequests.Count - before, 1, 8);
    }
}
