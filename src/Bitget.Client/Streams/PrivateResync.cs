namespace Bitget.Client.Streams;

/// <summary>
/// The private-channel guarantee: no update is lost or repeated without the consumer knowing. Pushes pass a
/// <see cref="VersionFilter{T}"/>; after a (re)subscription, a malformed push or a full buffer, the state is read from
/// REST and delivered as <see cref="StreamUpdateKind.Resynced"/>, and pushes that arrived meanwhile follow it only if
/// they are newer than what the snapshot holds.
/// </summary>
internal sealed class PrivateResync<T> : IDisposable
    where T : notnull
{
    private const int RememberedKeys = 10_000;
    private readonly Lock _gate = new();
    private readonly StreamSubscription<T> _owner;
    private readonly ChannelDefinition<T> _definition;
    private readonly StreamContext _context;
    private readonly VersionFilter<T> _filter;
    private readonly List<StreamUpdate<T>> _pending = [];
    private readonly CancellationTokenSource _stopped = new();
    private readonly CancellationToken _stopToken;
    private bool _running;
    private bool _again;
    private long _overflows;

    public PrivateResync(StreamSubscription<T> owner, ChannelDefinition<T> definition, StreamContext context)
    {
        _owner = owner;
        _definition = definition;
        _context = context;
        _stopToken = _stopped.Token;
        _filter = new VersionFilter<T>(definition.Key!, definition.Version ?? (_ => 0), RememberedKeys);
    }

    public long Overflows => Interlocked.Read(ref _overflows);

    /// <summary>A push arrived: held while a resync runs, otherwise filtered and buffered (an overflow starts a resync).</summary>
    public void Push(StreamUpdate<T> update)
    {
        lock (_gate)
        {
            if (_stopToken.IsCancellationRequested)
            {
                return;
            }

            if (_running)
            {
                _pending.Add(update);
                if (_pending.Count > _owner.Capacity)
                {
                    // Too much arrived during the REST read: take the snapshot again afterwards rather than hold it all.
                    _pending.Clear();
                    _again = true;
                }

                return;
            }

            var fresh = _filter.Apply(update.Items);
            if (fresh.Count > 0 && !_owner.TryWrite(update with { Items = fresh }))
            {
                Interlocked.Increment(ref _overflows);
                var drained = _owner.Drain();
                _owner.RaiseFull(drained);
                StartLocked();
            }
        }
    }

    /// <summary>Starts a resync, or asks a running one to take its snapshot again.</summary>
    public void Start()
    {
        lock (_gate)
        {
            StartLocked();
        }
    }

    public void Stop()
    {
        lock (_gate)
        {
            _stopped.Cancel();
        }
    }

    /// <summary>Stops for good (the token stays readable: it is captured at construction).</summary>
    public void Dispose()
    {
        Stop();
        _stopped.Dispose();
    }

    private void StartLocked()
    {
        if (_stopToken.IsCancellationRequested)
        {
            return;
        }

        if (_running)
        {
            _again = true;
            return;
        }

        _running = true;
        _again = false;
        _ = Task.Run(RunAsync);
    }

    private async Task RunAsync()
    {
        var gapSent = false;
        while (!_stopToken.IsCancellationRequested)
        {
            var (snapshot, failure) = await ReadSnapshotAsync().ConfigureAwait(false);
            lock (_gate)
            {
                if (_stopToken.IsCancellationRequested)
                {
                    return;
                }

                if (snapshot is not null && !_again)
                {
                    Deliver(new StreamUpdate<T>(StreamUpdateKind.Resynced, snapshot, _context.Time.GetUtcNow()));
                    _owner.RaiseResynced(snapshot.Count);
                    return;
                }

                if (snapshot is null && !gapSent)
                {
                    gapSent = true;
                    ForceWrite(new StreamUpdate<T>(StreamUpdateKind.Gap, [], _context.Time.GetUtcNow()));
                }

                if (snapshot is null && _definition.Resync is null)
                {
                    Deliver(null);
                    return;
                }

                _again = false;
            }

            if (failure is not null)
            {
                _owner.RaiseError(new BitgetStreamException($"REST resync of {_owner.Channel} failed; retrying: {failure.Message}", failure));
                await WaitAsync(_context.Options.ResyncRetryDelay).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Writes the snapshot (if any), then the held pushes that are newer; ends the resync. Caller holds the lock.</summary>
    private void Deliver(StreamUpdate<T>? snapshot)
    {
        if (snapshot is not null)
        {
            _filter.Reset(snapshot.Items);
            ForceWrite(snapshot);
        }

        var behind = false;
        foreach (var held in _pending)
        {
            var fresh = _filter.Apply(held.Items);
            if (fresh.Count > 0 && !_owner.TryWrite(held with { Items = fresh }))
            {
                // Forcing it in would drain the snapshot just written: the consumer is behind, so read the state again.
                behind = true;
                break;
            }
        }

        _pending.Clear();
        _running = false;
        if (behind)
        {
            Interlocked.Increment(ref _overflows);
            _owner.RaiseFull(0);
            StartLocked();
        }
    }

    /// <summary>A resync result must get in: what it would displace is older than it.</summary>
    private void ForceWrite(StreamUpdate<T> update)
    {
        if (!_owner.TryWrite(update))
        {
            Interlocked.Increment(ref _overflows);
            _owner.RaiseFull(_owner.Drain());
            _owner.TryWrite(update);
        }
    }

    private async Task<(IReadOnlyList<T>? Snapshot, Exception? Failure)> ReadSnapshotAsync()
    {
        if (_definition.Resync is not { } resync)
        {
            return (null, null);
        }

        IReadOnlyList<T> known;
        lock (_gate)
        {
            known = _filter.Current();
        }

        try
        {
            return (await resync(known, _stopToken).ConfigureAwait(false), null);
        }
        catch (OperationCanceledException) when (_stopToken.IsCancellationRequested)
        {
            return (null, null);
        }
#pragma warning disable CA1031 // Any REST failure means "try again later"; it is reported as an event, never swallowed silently.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return (null, ex);
        }
    }

    private async Task WaitAsync(TimeSpan delay)
    {
        try
        {
            await Task.Delay(delay, _context.Time, _stopToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
    }
}
