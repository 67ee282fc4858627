using System.Threading.RateLimiting;

namespace Bitget.Client.RateLimiting;

/// <summary>
/// A sliding-window limiter on <see cref="TimeProvider"/>: at most <c>permitsPerSecond</c> grants within any
/// <c>window</c> (default one second), the way Bitget counts. A token bucket would not do: starting full and refilling
/// one token every 1/N s, it lets nearly 2N requests through within one second. Callers queue (await) for a grant
/// instead of failing; tests advance a fake clock.
/// </summary>
internal sealed class TimeProviderRateLimiter : RateLimiter
{
    private readonly TimeProvider _timeProvider;
    private readonly int _capacity;
    private readonly TimeSpan _window;
    private readonly SemaphoreSlim _queue = new(1, 1);
    private readonly Lock _gate = new();
    private readonly Queue<TimeSpan> _grants = new();
    private readonly long _origin;
    private long _acquired;
    private TimeSpan? _lastGrant;

    /// <summary>Creates a limiter allowing <paramref name="permitsPerSecond"/> acquisitions per <paramref name="window"/> (default one second).</summary>
    public TimeProviderRateLimiter(int permitsPerSecond, TimeProvider timeProvider, TimeSpan? window = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(permitsPerSecond, 1);
        _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        _capacity = permitsPerSecond;
        _window = window ?? TimeSpan.FromSeconds(1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(_window, TimeSpan.Zero, nameof(window));
        _origin = timeProvider.GetTimestamp();
    }

    /// <summary>Permits per second.</summary>
    public int PermitsPerSecond => _capacity;

    /// <inheritdoc />
    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (_gate)
            {
                Expire();
                return _grants.Count > 0 ? null : _lastGrant is { } last ? Now - last - _window : Now;
            }
        }
    }

    /// <inheritdoc />
    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_gate)
        {
            Expire();
            return new RateLimiterStatistics { CurrentAvailablePermits = _capacity - _grants.Count, TotalSuccessfulLeases = _acquired };
        }
    }

    /// <inheritdoc />
    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(permitCount, 1);
        lock (_gate)
        {
            return TryTake(out _) ? Lease.Acquired : Lease.Refused;
        }
    }

    /// <inheritdoc />
    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(permitCount, 1);
        await _queue.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            while (true)
            {
                TimeSpan wait;
                lock (_gate)
                {
                    if (TryTake(out wait))
                    {
                        return Lease.Acquired;
                    }
                }

                await Task.Delay(wait, _timeProvider, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _queue.Release();
        }
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _queue.Dispose();
        }

        base.Dispose(disposing);
    }

    private bool TryTake(out TimeSpan wait)
    {
        Expire();
        if (_grants.Count < _capacity)
        {
            _lastGrant = Now;
            _grants.Enqueue(_lastGrant.Value);
            _acquired++;
            wait = TimeSpan.Zero;
            return true;
        }

        wait = _grants.Peek() + _window - Now;
        if (wait <= TimeSpan.Zero)
        {
            wait = TimeSpan.FromTicks(1);
        }

        return false;
    }

    private TimeSpan Now => _timeProvider.GetElapsedTime(_origin);

    private void Expire()
    {
        var now = Now;
        while (_grants.Count > 0 && now - _grants.Peek() >= _window)
        {
            _grants.Dequeue();
        }
    }

    private sealed class Lease : RateLimitLease
    {
        public static readonly Lease Acquired = new(true);
        public static readonly Lease Refused = new(false);

        private Lease(bool acquired) => IsAcquired = acquired;

        public override bool IsAcquired { get; }

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
