namespace Sentinel.Functions.Platform.State.Leases;

/// <summary>
/// A lease held while work runs: renewed every third of its duration (on the injected clock), so the lease can be
/// short — a crashed holder blocks others for at most one duration after its last renewal — however long the work
/// takes. <see cref="Lost"/> is cancelled when a renewal finds the lease taken, or when renewals have failed (or hung:
/// each may take a third of the duration) until a third of the duration is left: the work must stop then, before
/// another instance can take the lease at its expiry. Disposing stops renewing, lets a renewal under way finish (its
/// reply carries the row's new ETag) and releases the lease (every exit path of an <c>await using</c>).
/// </summary>
public sealed partial class LeaseHold : IAsyncDisposable
{
    private readonly TableLeaseManager _manager;
    private readonly TimeSpan _duration;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _lost = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _renewing;
    private TableLease _lease;

    internal LeaseHold(TableLeaseManager manager, TableLease lease, TimeSpan duration, TimeProvider timeProvider, ILogger logger)
    {
        (_manager, _duration, _timeProvider, _logger) = (manager, duration, timeProvider, logger);
        _lease = lease;
        Initial = lease;
        _renewing = RenewAsync();
    }

    /// <summary>The lease as acquired (its <see cref="TableLease.UntouchedSinceOurRelease"/> says whether anyone held it since our last release).</summary>
    public TableLease Initial { get; }

    /// <summary>Cancelled once this holder can no longer be sure it holds the lease.</summary>
    public CancellationToken Lost => _lost.Token;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _renewing.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        try
        {
            if (!_lost.IsCancellationRequested)
            {
                await _manager.ReleaseAsync(_lease, CancellationToken.None).ConfigureAwait(false);
            }
        }
        finally
        {
            _stop.Dispose();
            _lost.Dispose();
        }
    }

    private async Task RenewAsync()
    {
        using var timer = new PeriodicTimer(_duration / 3, _timeProvider);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token).ConfigureAwait(false))
            {
                try
                {
                    // Not cancelled by disposing: a renewal the store has applied must come back with the row's new ETag,
                    // or the release would be refused and the lease stay taken until it expires.
                    using var attempt = new CancellationTokenSource(_duration / 3, _timeProvider);
                    if (await _manager.RenewAsync(_lease, _duration, attempt.Token).ConfigureAwait(false) is { } renewed)
                    {
                        _lease = renewed;
                        continue;
                    }

                    LogLost(_logger, _lease.Name);
                    await _lost.CancelAsync().ConfigureAwait(false);
                    return;
                }
                catch (Exception exception) when (!_stop.IsCancellationRequested)
                {
                    // Storage trouble: keep trying while more than a third of the lease is left; with less, another
                    // instance may take it at its expiry before the next renewal could tell, so it counts as lost now.
                    LogRenewFailed(_logger, exception, _lease.Name);
                    if (_timeProvider.GetUtcNow() >= _lease.ExpiresAt - (_duration / 3))
                    {
                        await _lost.CancelAsync().ConfigureAwait(false);
                        return;
                    }
                }
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // Disposed: the work is done.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lease {Lease} was taken by another holder while this one worked; the work stops")]
    private static partial void LogLost(ILogger logger, string lease);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Renewing lease {Lease} failed; trying again until it expires")]
    private static partial void LogRenewFailed(ILogger logger, Exception exception, string lease);
}
