using Bitget.Client.Exchange;
using Bitget.Client.Trading;
using Microsoft.Extensions.Options;
using Sentinel.Core.Ticks;
using Sentinel.Functions.Monitoring.Health;
using Sentinel.Functions.Platform.Exchange;
using Sentinel.Functions.Platform.State.Leases;
using Sentinel.Functions.Platform.Telemetry;

namespace Sentinel.Functions.Monitoring;

/// <summary>
/// One monitoring tick: under the <c>monitor-tick</c> lease (one schedule interval, renewed while the tick works,
/// released on every exit; a tick that finds it held is skipped with a warning, counted in
/// <c>sentinel.lease.skipped</c> and in <see cref="TickSkips"/>), reads tickers, positions and account from the
/// exchange (one call each, through <see cref="IExchangePort.GetSnapshotAsync"/>), stores the snapshot and the
/// price history (two transactions, concurrently) and hands the result to every <see cref="ITickObserver"/>.
/// What a tick stored is kept in memory: the next tick on this instance reuses it without reading when the lease
/// shows nobody else ticked in between (<see cref="TableLease"/>); otherwise, and on a cold instance, it is read
/// from storage, the source of truth, while the exchange read runs. An exchange failure is recorded and
/// returned; a storage failure throws (and forgets the memory).
/// </summary>
public sealed partial class MonitorTick(
    ExchangePortProvider exchange,
    SnapshotStore snapshots,
    PriceHistoryStore history,
    TableLeaseManager leases,
    IEnumerable<ITickObserver> observers,
    IOptions<MonitorOptions> options,
    MonitorSchedule schedule,
    TickSkips skips,
    TimeProvider timeProvider,
    SentinelTelemetry telemetry,
    ILogger<MonitorTick> logger)
{
    public const string LeaseName = "monitor-tick";

    private StoredState? _remembered;

    public async Task<MonitorTickResult> RunAsync(CancellationToken cancellationToken = default)
    {
        var startedAt = timeProvider.GetUtcNow();
        var duration = options.Value.LeaseDuration ?? schedule.IntervalAfter(startedAt);
        await using var hold = await leases.TryHoldAsync(LeaseName, Guid.NewGuid().ToString("N"), duration, cancellationToken).ConfigureAwait(false);
        if (hold is null)
        {
            skips.Skipped(startedAt);
            telemetry.LeaseSkips.Add(1, new KeyValuePair<string, object?>("lease", LeaseName));
            LogSkipped(logger, LeaseName, skips.Current.InARow);
            return MonitorTickResult.Skipped(startedAt);
        }

        skips.Ran();
        using var whileHeld = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, hold.Lost);
        // Whatever happens next, the memory is stale until this tick's writes are known to be stored.
        var remembered = Interlocked.Exchange(ref _remembered, null);
        if (!hold.Initial.UntouchedSinceOurRelease)
        {
            remembered = null;
        }

        var result = await RunLeasedAsync(startedAt, remembered, whileHeld.Token).ConfigureAwait(false);
        foreach (var observer in observers)
        {
            await observer.OnTickAsync(result, whileHeld.Token).ConfigureAwait(false);
        }

        return result;
    }

    private async Task<MonitorTickResult> RunLeasedAsync(DateTimeOffset startedAt, StoredState? remembered, CancellationToken cancellationToken)
    {
        var started = timeProvider.GetTimestamp();
        var read = ReadExchangeAsync(cancellationToken);
        var stored = remembered ?? await LoadWhileReadingAsync(read, cancellationToken).ConfigureAwait(false);
        var (snapshot, kind, failure) = await read.ConfigureAwait(false);
        if (failure is not null)
        {
            var failed = stored.Previous.Status.RecordFailure(startedAt, timeProvider.GetElapsedTime(started), failure);
            var etag = await snapshots.WriteStatusAsync(stored.Previous, failed, cancellationToken).ConfigureAwait(false);
            Volatile.Write(ref _remembered, stored with { Previous = new StoredTick(etag, failed) });
            Record(failed);
            return new MonitorTickResult(TickOutcome.ExchangeFailed, startedAt, null, [], new Dictionary<string, PriceSeries>(), failed) { FollowsOwnTick = remembered is not null };
        }

        var step = stored.History.Advance(snapshot!, options.Value.PriceHistory);
        var status = stored.Previous.Status.RecordSuccess(startedAt, timeProvider.GetElapsedTime(started), snapshot!, kind);
        var writeSnapshot = snapshots.WriteSnapshotAsync(snapshot!, stored.Previous, status, cancellationToken);
        var writeHistory = history.WriteAsync(step, cancellationToken);
        await Task.WhenAll(writeSnapshot, writeHistory).ConfigureAwait(false);
        Volatile.Write(ref _remembered, new StoredState(new StoredTick(await writeSnapshot.ConfigureAwait(false), status), snapshot!.Positions, step.Next));
        Record(status);
        return new MonitorTickResult(TickOutcome.Succeeded, startedAt, snapshot, stored.Positions, step.Next.Series, status) { FollowsOwnTick = remembered is not null };
    }

    private async Task<StoredState> LoadWhileReadingAsync(Task read, CancellationToken cancellationToken)
    {
        try
        {
            var status = snapshots.LoadStatusAsync(cancellationToken);
            var positions = snapshots.ReadPositionsAsync(cancellationToken);
            var prices = history.LoadAsync(cancellationToken);
            await Task.WhenAll(status, positions, prices).ConfigureAwait(false);
            return new StoredState(await status.ConfigureAwait(false), await positions.ConfigureAwait(false), await prices.ConfigureAwait(false));
        }
        finally
        {
            // A storage failure wins, but the exchange read still finishes so nothing is left unobserved.
            await read.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private async Task<(ExchangeSnapshot? Snapshot, AccountKind Kind, TickFailure? Failure)> ReadExchangeAsync(CancellationToken cancellationToken)
    {
        var started = timeProvider.GetTimestamp();
        try
        {
            var port = await exchange.GetAsync(cancellationToken).ConfigureAwait(false);
            var snapshot = await port.GetSnapshotAsync(cancellationToken).ConfigureAwait(false);
            RecordCall(started, "ok");
            return (snapshot, port.AccountKind, null);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            var failure = ExchangeFailureClassifier.Classify(e);
            RecordCall(started, failure.Kind.ToString());
            LogExchangeFailed(logger, e, failure.Kind, failure.Message);
            return (null, default, failure);
        }
    }

    private void RecordCall(long started, string outcome)
    {
        telemetry.ExchangeCalls.Add(1, new KeyValuePair<string, object?>("operation", "snapshot"), new KeyValuePair<string, object?>("outcome", outcome));
        telemetry.ExchangeCallDuration.Record(timeProvider.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>("operation", "snapshot"));
    }

    private void Record(TickStatus status) =>
        telemetry.TickDuration.Record(status.LastDuration.TotalSeconds, new KeyValuePair<string, object?>("outcome", status.LastOutcome.ToString()));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Monitoring tick skipped: another holder has the lease {Lease} ({InARow} in a row)")]
    private static partial void LogSkipped(ILogger logger, string lease, int inARow);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Exchange read failed ({Kind}): {Detail}; the failure is recorded")]
    private static partial void LogExchangeFailed(ILogger logger, Exception exception, TickFailureKind kind, string detail);

    /// <summary>What the last tick stored: the status row, the positions and the price history.</summary>
    private sealed record StoredState(StoredTick Previous, IReadOnlyList<ExchangePosition> Positions, PriceLog History);
}
