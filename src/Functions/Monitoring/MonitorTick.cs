using Bitget.Client.Exchange;
using Microsoft.Extensions.Options;
using Sentinel.Functions.Exchange;
using Sentinel.Functions.Observability;
using Sentinel.Functions.State.Leases;
using Sentinel.Functions.State.Tables;

namespace Sentinel.Functions.Monitoring;

/// <summary>
/// One monitoring tick: under the <c>monitor-tick</c> lease, reads tickers, positions and account from the
/// exchange (one call each, through <see cref="IExchangePort.GetSnapshotAsync"/>) while loading what the previous
/// tick stored, then stores the snapshot and the price history and hands the result to every
/// <see cref="ITickObserver"/>. An exchange failure is recorded and returned; a storage failure throws.
/// </summary>
public sealed partial class MonitorTick(
    ExchangePortProvider exchange,
    SnapshotStore snapshots,
    PriceHistoryStore history,
    TableLeaseManager leases,
    IEnumerable<ITickObserver> observers,
    IOptions<MonitorOptions> options,
    TimeProvider timeProvider,
    SentinelTelemetry telemetry,
    ILogger<MonitorTick> logger)
{
    public const string LeaseName = "monitor-tick";

    public async Task<MonitorTickResult> RunAsync(CancellationToken cancellationToken = default)
    {
        var startedAt = timeProvider.GetUtcNow();
        var lease = await leases.TryAcquireAsync(LeaseName, Guid.NewGuid().ToString("N"), options.Value.LeaseDuration, cancellationToken).ConfigureAwait(false);
        if (lease is null)
        {
            LogSkipped(logger, LeaseName);
            return MonitorTickResult.Skipped(startedAt);
        }

        try
        {
            var result = await RunLeasedAsync(startedAt, cancellationToken).ConfigureAwait(false);
            foreach (var observer in observers)
            {
                await observer.OnTickAsync(result, cancellationToken).ConfigureAwait(false);
            }

            return result;
        }
        finally
        {
            await leases.ReleaseAsync(lease, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private async Task<MonitorTickResult> RunLeasedAsync(DateTimeOffset startedAt, CancellationToken cancellationToken)
    {
        var started = timeProvider.GetTimestamp();
        var read = ReadExchangeAsync(cancellationToken);
        StoredState stored;
        try
        {
            stored = await LoadStoredAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // A storage failure wins, but the exchange read still finishes so nothing is left unobserved.
            await ((Task)read).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        var (snapshot, kind, failure) = await read.ConfigureAwait(false);
        if (failure is not null)
        {
            var failed = stored.Previous.Status.RecordFailure(startedAt, timeProvider.GetElapsedTime(started), failure);
            await snapshots.WriteStatusAsync(stored.Previous, failed, cancellationToken).ConfigureAwait(false);
            Record(failed);
            return new MonitorTickResult(TickOutcome.ExchangeFailed, startedAt, null, [], new Dictionary<string, PriceSeries>(), failed);
        }

        var series = await history.AppendAsync(snapshot!, stored.History, options.Value.PriceHistory, cancellationToken).ConfigureAwait(false);
        var status = stored.Previous.Status.RecordSuccess(startedAt, timeProvider.GetElapsedTime(started), snapshot!, kind);
        await snapshots.WriteSnapshotAsync(snapshot!, stored.Tickers, stored.Positions, stored.Previous, status, cancellationToken).ConfigureAwait(false);
        Record(status);
        var previousPositions = stored.Positions.Select(SnapshotEntities.ToPosition).ToList();
        return new MonitorTickResult(TickOutcome.Succeeded, startedAt, snapshot, previousPositions, series, status);
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

    private async Task<StoredState> LoadStoredAsync(CancellationToken cancellationToken)
    {
        var previous = snapshots.LoadPreviousAsync(cancellationToken);
        var tickers = snapshots.LoadPartitionAsync(SnapshotEntities.TickerPartition, ["ReadAt"], cancellationToken);
        var positions = snapshots.LoadPartitionAsync(SnapshotEntities.PositionPartition, null, cancellationToken);
        var prices = history.LoadAsync(cancellationToken);
        await Task.WhenAll(previous, tickers, positions, prices).ConfigureAwait(false);
        return new StoredState(await previous.ConfigureAwait(false), await tickers.ConfigureAwait(false), await positions.ConfigureAwait(false), await prices.ConfigureAwait(false));
    }

    private void RecordCall(long started, string outcome)
    {
        telemetry.ExchangeCalls.Add(1, new KeyValuePair<string, object?>("operation", "snapshot"), new KeyValuePair<string, object?>("outcome", outcome));
        telemetry.ExchangeCallDuration.Record(timeProvider.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>("operation", "snapshot"));
    }

    private void Record(TickStatus status) =>
        telemetry.TickDuration.Record(status.LastDuration.TotalSeconds, new KeyValuePair<string, object?>("outcome", status.LastOutcome.ToString()));

    [LoggerMessage(Level = LogLevel.Information, Message = "Monitoring tick skipped: another tick holds the lease {Lease}")]
    private static partial void LogSkipped(ILogger logger, string lease);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Exchange read failed ({Kind}): {Detail}; the failure is recorded")]
    private static partial void LogExchangeFailed(ILogger logger, Exception exception, TickFailureKind kind, string detail);

    private sealed record StoredState(StoredTick Previous, IReadOnlyList<TableEntity> Tickers, IReadOnlyList<TableEntity> Positions, Dictionary<string, TableEntity> History);
}
