using Azure;
using Azure.Data.Tables;
using Bitget.Client.Exchange;
using Functions.Tests.Monitoring.Support;
using Functions.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Sentinel.Core.Ticks;
using Sentinel.Functions.Monitoring;
using Sentinel.Functions.Platform.State;
using Sentinel.TestSupport;

namespace Functions.Tests.Monitoring;

/// <summary>The tick against real Azurite with a stub exchange port (unit-level seam for the exchange).</summary>
[Collection(MonitoringAzuriteGroup.Name)]
public sealed class MonitorTickTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task StubExchange_Tick_StoresEveryTickerPositionAccountAndStatusWithExactDecimals()
    {
        await using var app = await SentinelTestApp.StartMonitoringAsync(azurite);
        var snapshot = MarketData.Snapshot(app.Clock.GetUtcNow(), symbols: 5, positions: 3);
        app.Port.Next = () => snapshot;

        var result = await app.Tick.RunAsync();

        Assert.Equal(TickOutcome.Succeeded, result.Outcome);
        Assert.Equal(1, app.Port.SnapshotCalls);
        Assert.Equal(snapshot.Tickers.OrderBy(t => t.Symbol), await app.Snapshots.ReadTickersAsync());
        Assert.Equal(snapshot.Positions.OrderBy(p => p.Symbol).ThenBy(p => p.Side), (await app.Snapshots.ReadPositionsAsync()).OrderBy(p => p.Symbol).ThenBy(p => p.Side));
        var account = await app.Snapshots.ReadAccountAsync();
        Assert.Equal(snapshot.Account, account!.Value.Account);
        Assert.Equal("10000.12345678", (await app.RowAsync(StateTables.Snapshots, "tick", "account"))!.GetString("Equity"));
        var status = await app.Snapshots.ReadStatusAsync();
        Assert.Equal(TickOutcome.Succeeded, status!.LastOutcome);
        Assert.Equal(app.Clock.GetUtcNow(), status.LastSuccessAt);
        Assert.Equal((5, 3, AccountKind.Classic), (status.TickerCount, status.PositionCount, status.AccountKind));
    }

    [Fact]
    public async Task StubExchange_ClosedPositionAndDelistedSymbol_RowsRemovedAndPreviousPositionsHandedOn()
    {
        await using var app = await SentinelTestApp.StartMonitoringAsync(azurite);
        app.Port.Next = () => MarketData.Snapshot(app.Clock.GetUtcNow(), symbols: 4, positions: 2);
        await app.Tick.RunAsync();
        app.Clock.Advance(TimeSpan.FromSeconds(30));
        app.Port.Next = () => MarketData.Snapshot(app.Clock.GetUtcNow(), symbols: 3, positions: 1);

        var result = await app.Tick.RunAsync();

        Assert.Equal(2, result.PreviousPositions.Count);
        Assert.Equal([MarketData.Symbol(0)], (await app.Snapshots.ReadPositionsAsync()).Select(p => p.Symbol));
        Assert.Equal([MarketData.Symbol(0), MarketData.Symbol(1), MarketData.Symbol(2)], (await app.Snapshots.ReadTickersAsync()).Select(t => t.Symbol));
        Assert.Empty(await app.Snapshots.ReadTickersAsync(MarketData.Symbol(3)));
    }

    [Fact]
    public async Task StubExchange_ManyTicks_PriceHistoryAppendsEveryTickAndStaysBoundedByTheWindow()
    {
        await using var app = await SentinelTestApp.StartMonitoringAsync(azurite, new Dictionary<string, string?>
        {
            ["Monitor:PriceHistory:Window"] = "00:10:00",
            ["Monitor:PriceHistory:FullResolution"] = "00:02:00",
            ["Monitor:PriceHistory:DownsampleInterval"] = "00:01:00",
        });
        var step = 0;
        app.Port.Next = () => MarketData.Snapshot(app.Clock.GetUtcNow(), symbols: 2, positions: 0, step);
        var observed = new List<int>();

        for (step = 0; step < 40; step++)
        {
            var result = await app.Tick.RunAsync();
            observed.Add(result.PriceHistory[MarketData.Symbol(1)].Samples.Count);
            app.Clock.Advance(TimeSpan.FromSeconds(30));
        }

        var stored = await app.History.ReadAsync(MarketData.Symbol(1));
        var now = app.Clock.GetUtcNow() - TimeSpan.FromSeconds(30);
        Assert.Equal(MarketData.Price(1, 39), stored.Latest!.Value.Price);
        Assert.All(stored.Samples, s => Assert.InRange(s.At, now - TimeSpan.FromMinutes(10), now));
        Assert.Equal(5, stored.Samples.Count(s => s.At >= now - TimeSpan.FromMinutes(2)));
        Assert.True(stored.TryGetAtOrBefore(now - TimeSpan.FromMinutes(5), out var fiveMinutesAgo));
        Assert.InRange(fiveMinutesAgo, MarketData.Price(1, 27), MarketData.Price(1, 29));
        Assert.True(observed.Max() <= 15, $"the series grew to {observed.Max()} samples");
        Assert.Equal(observed[^1], observed[^2]);
    }

    [Fact]
    public async Task StubExchange_Unreachable_FailureRecordedNotThrown_LastSuccessAndDataKept()
    {
        await using var app = await SentinelTestApp.StartMonitoringAsync(azurite);
        app.Port.Next = () => MarketData.Snapshot(app.Clock.GetUtcNow(), symbols: 3, positions: 1);
        await app.Tick.RunAsync();
        var succeededAt = app.Clock.GetUtcNow();
        app.Clock.Advance(TimeSpan.FromSeconds(30));
        app.Port.Failure = new HttpRequestException("connection refused");

        var first = await app.Tick.RunAsync();
        app.Clock.Advance(TimeSpan.FromSeconds(30));
        var second = await app.Tick.RunAsync();

        Assert.Equal(TickOutcome.ExchangeFailed, second.Outcome);
        Assert.Equal(TickFailureKind.Unreachable, second.Status!.LastFailure!.Kind);
        var status = await app.Snapshots.ReadStatusAsync();
        Assert.Equal(TickOutcome.ExchangeFailed, status!.LastOutcome);
        Assert.Equal(succeededAt, status.LastSuccessAt);
        Assert.Equal(app.Clock.GetUtcNow(), status.LastAttemptAt);
        Assert.Equal(2, status.ConsecutiveFailures);
        Assert.Equal(TickFailureKind.Unreachable, first.Status!.LastFailure!.Kind);
        Assert.Equal(3, (await app.Snapshots.ReadTickersAsync()).Count);
        Assert.Single((await app.History.ReadAsync(MarketData.Symbol(0))).Samples);
    }

    [Fact]
    public async Task StubExchange_FailureBeforeAnySuccess_RecordedWithNoLastSuccess()
    {
        await using var app = await SentinelTestApp.StartMonitoringAsync(azurite);
        app.Port.Failure = new InvalidOperationException("unexpected payload");

        var result = await app.Tick.RunAsync();

        Assert.Equal(TickOutcome.ExchangeFailed, result.Outcome);
        var status = await app.Snapshots.ReadStatusAsync();
        Assert.Equal(TickFailureKind.Other, status!.LastFailure!.Kind);
        Assert.Null(status.LastSuccessAt);
        Assert.Null(await app.Snapshots.ReadAccountAsync());
    }

    [Fact]
    public async Task StubExchange_OverlappingTicks_SecondSkipsAndStateIsTheFirstTicksAlone()
    {
        await using var app = await SentinelTestApp.StartMonitoringAsync(azurite);
        app.Port.Next = () => MarketData.Snapshot(app.Clock.GetUtcNow(), symbols: 3, positions: 1, step: 7);
        app.Port.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var slow = app.Tick.RunAsync();
        await app.Port.ReadStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));

        var overlapping = await app.Tick.RunAsync();
        app.Port.Gate.SetResult();
        var first = await slow;

        Assert.Equal(TickOutcome.Skipped, overlapping.Outcome);
        Assert.Equal(TickOutcome.Succeeded, first.Outcome);
        Assert.Equal(1, app.Port.SnapshotCalls);
        Assert.Single((await app.History.ReadAsync(MarketData.Symbol(2))).Samples);
        Assert.Equal(TickOutcome.Succeeded, (await app.Snapshots.ReadStatusAsync())!.LastOutcome);
        Assert.Equal(string.Empty, (await app.RowAsync(StateTables.Leases, "lease", MonitorTick.LeaseName))!.GetString("Owner"));
    }

    [Fact]
    public async Task StubExchange_SlowTick_RenewsItsShortLease_SoTheNextTickSkipsInsteadOfDoubleWriting()
    {
        await using var app = await SentinelTestApp.StartMonitoringAsync(azurite);
        app.Port.Next = () => MarketData.Snapshot(app.Clock.GetUtcNow(), symbols: 3, positions: 1);
        app.Port.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var gate = app.Port.Gate;
        var slow = app.Tick.RunAsync();
        await app.Port.ReadStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var firstExpiry = (await app.RowAsync(StateTables.Leases, "lease", MonitorTick.LeaseName))!.GetDateTimeOffset("ExpiresAt");
        for (var step = 0; step < 6; step++)
        {
            await LeaseRenewedAsync(app, after: TimeSpan.FromSeconds(10));
        }

        var overlapping = await app.Tick.RunAsync();
        app.Port.Gate = null;
        gate.SetResult();
        var finished = await slow;

        Assert.Equal(MonitorTickStart + TimeSpan.FromSeconds(30), firstExpiry);
        Assert.Equal(TickOutcome.Skipped, overlapping.Outcome);
        Assert.Equal(TickOutcome.Succeeded, finished.Outcome);
        Assert.Equal((1, 1), (app.Services.GetRequiredService<TickSkips>().Current.Total, app.Port.SnapshotCalls));
        Assert.Equal(string.Empty, (await app.RowAsync(StateTables.Leases, "lease", MonitorTick.LeaseName))!.GetString("Owner"));
    }

    [Fact]
    public async Task StubExchange_HolderCrashedMidTick_TheNextScheduledTickAfterOneIntervalRuns()
    {
        // The crashed instance's clock stands still: a dead process renews nothing and releases nothing.
        await using var crashed = await SentinelTestApp.StartMonitoringAsync(azurite, clock: new FakeTimeProvider(MonitorTickStart));
        crashed.Port.Next = () => MarketData.Snapshot(crashed.Clock.GetUtcNow(), symbols: 3, positions: 1);
        crashed.Port.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var dead = crashed.Tick.RunAsync();
        await crashed.Port.ReadStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await using var next = await SentinelTestApp.StartMonitoringAsync(azurite, keepTables: true, clock: new FakeTimeProvider(MonitorTickStart));
        next.Port.Next = () => MarketData.Snapshot(next.Clock.GetUtcNow(), symbols: 3, positions: 1);

        next.Clock.Advance(TimeSpan.FromSeconds(31));
        var takeover = await next.Tick.RunAsync();
        crashed.Port.Gate.SetResult();
        await Record.ExceptionAsync(() => dead);

        Assert.Equal(TickOutcome.Succeeded, takeover.Outcome);
    }

    private static readonly DateTimeOffset MonitorTickStart = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    // The renewal runs on the holder's own timer once the clock has moved a third of the lease: the response to its
    // write of the lease row says it has landed (the tick's own reads of its state may still be answered meanwhile).
    private static async Task LeaseRenewedAsync(SentinelTestApp app, TimeSpan after)
    {
        var renewal = app.Storage.NextResponseAsync(line => !line.StartsWith("GET ", StringComparison.Ordinal) && line.Contains($"/{StateTables.Leases}(", StringComparison.Ordinal));
        app.Clock.Advance(after);
        await renewal.WaitAsync(TimeSpan.FromSeconds(10));

        var expiresAt = (await app.RowAsync(StateTables.Leases, "lease", MonitorTick.LeaseName))!.GetDateTimeOffset("ExpiresAt");
        Assert.True(expiresAt > app.Clock.GetUtcNow() + TimeSpan.FromSeconds(20), $"the lease was not renewed: it expires at {expiresAt}");
    }

    [Fact]
    public async Task StorageUnreachable_TickThrows_SoTheInvocationFails()
    {
        var down = $"AccountName={AzuriteFixture.AccountName};AccountKey={AzuriteFixture.AccountKey};TableEndpoint=http://127.0.0.1:{FreePort.Next()}/{AzuriteFixture.AccountName}";
        await using var app = await SentinelTestApp.StartMonitoringAsync(azurite, new Dictionary<string, string?> { ["State:ConnectionString"] = down }, keepTables: true);
        app.Port.Next = () => MarketData.Snapshot(app.Clock.GetUtcNow(), symbols: 1, positions: 0);

        var failure = await Assert.ThrowsAnyAsync<RequestFailedException>(() => app.Tick.RunAsync());

        Assert.Equal(0, failure.Status);
    }

    [Fact]
    public async Task StubExchange_FirstTickOnAnAccountWithoutAnyTable_Succeeds()
    {
        await SentinelTestApp.ResetStateAsync(azurite);
        await using var app = await SentinelTestApp.StartMonitoringAsync(azurite, keepTables: true);
        app.Port.Next = () => MarketData.Snapshot(app.Clock.GetUtcNow(), symbols: 2, positions: 1);

        var result = await app.Tick.RunAsync();

        Assert.Equal(TickOutcome.Succeeded, result.Outcome);
        Assert.Equal(2, (await app.Snapshots.ReadTickersAsync()).Count);
    }

    [Fact]
    public async Task StubExchange_AnotherInstanceTickedInBetween_TheNextTickBuildsOnWhatItStored()
    {
        await using var ours = await SentinelTestApp.StartMonitoringAsync(azurite);
        await using var theirs = await SentinelTestApp.StartMonitoringAsync(azurite, keepTables: true, clock: ours.Clock);
        var step = 0;
        ours.Port.Next = theirs.Port.Next = () => MarketData.Snapshot(ours.Clock.GetUtcNow(), symbols: 2, positions: step + 1, step);
        await ours.Tick.RunAsync();
        ours.Clock.Advance(TimeSpan.FromSeconds(30));
        step = 1;
        await theirs.Tick.RunAsync();
        ours.Clock.Advance(TimeSpan.FromSeconds(30));
        step = 2;

        var result = await ours.Tick.RunAsync();

        Assert.Equal(TickOutcome.Succeeded, result.Outcome);
        Assert.Equal([MarketData.Price(1, 0), MarketData.Price(1, 1), MarketData.Price(1, 2)], result.PriceHistory[MarketData.Symbol(1)].Samples.Select(s => s.Price));
        Assert.Equal(2, result.PreviousPositions.Count);
        Assert.Equal(3, (await ours.History.ReadAsync(MarketData.Symbol(1))).Samples.Count);
    }

    [Fact]
    public async Task StubExchange_ObserversReceiveEveryTickThatRan_NotSkippedOnes()
    {
        var observer = new RecordingObserver();
        await using var app = await SentinelTestApp.StartMonitoringAsync(azurite, services: s => s.AddSingleton<ITickObserver>(observer));
        app.Port.Next = () => MarketData.Snapshot(app.Clock.GetUtcNow(), symbols: 2, positions: 1);
        await app.Tick.RunAsync();
        app.Clock.Advance(TimeSpan.FromSeconds(30));
        app.Port.Failure = new TimeoutException();

        await app.Tick.RunAsync();

        Assert.Equal([TickOutcome.Succeeded, TickOutcome.ExchangeFailed], observer.Ticks.Select(t => t.Outcome));
        Assert.Equal(2, observer.Ticks[0].PriceHistory.Count);
        Assert.NotNull(observer.Ticks[1].Status!.LastSuccessAt);
    }

    private sealed class RecordingObserver : ITickObserver
    {
        public List<MonitorTickResult> Ticks { get; } = [];

        public Task OnTickAsync(MonitorTickResult tick, CancellationToken cancellationToken = default)
        {
            Ticks.Add(tick);
            return Task.CompletedTask;
        }
    }
}
