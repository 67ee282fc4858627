using System.Threading.RateLimiting;

namespace Bitget.Client.RateLimiting;

/// <summary>
/// A token bucket on <see cref="TimeProvider"/>: <c>permitsPerSecond</c> tokens, one refilled every
/// <c>1 s / permitsPerSecond</c>. Callers queue (await) for a token instead of failing; tests advance a fake clock.
/// </summary>
public sealed class TimeProviderRateLimiter : RateLimiter
{
    private readonly TimeProvider _timeProvider;
    private readonly int _capacity;
    private readonly TimeSpan _refillPeriod;
    private readonly SemaphoreSlim _queue = new(1, 1);
    private readonly Lock _gate = new();
    private int _tokens;
    private readonly long _origin;
    private TimeSpan _lastRefill;
    private long _acquired;
    private TimeSpan? _idleSince;

    /// <summary>Creates a limiter allowing <paramref name="permitsPerSecond"/> acquisitions per second.</summary>
    public TimeProviderRateLimiter(int permitsPerSecond, TimeProvider timeProvider)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(permitsPerSecond, 1);
        _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        _capacity = permitsPerSecond;
        _refillPeriod = TimeSpan.FromTicks(TimeSpan.TicksPerSecond / permitsPerSecond);
        _tokens = permitsPerSecond;
        _origin = timeProvider.GetTimestamp();
        _idleSince = TimeSpan.Zero;
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
                return _idleSince is { } since ? Now - since : null;
            }
        }
    }

    /// <inheritdoc />
    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_gate)
        {
            Refill();
            return new RateLimiterStatistics { CurrentAvailablePermits = _tokens, TotalSuccessfulLeases = _acquired };
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
        Refill();
        if (_tokens > 0)
        {
            _tokens--;
            _acquired++;
            _idleSince = null;
            wait = TimeSpan.Zero;
            return true;
        }

        wait = _refillPeriod - (Now - _lastRefill);
        if (wait <= TimeSpan.Zero)
        {
            wait = TimeSpan.FromTicks(1);
        }

        return false;
    }

    private TimeSpan Now => _timeProvider.GetElapsedTime(_origin);

    private void Refill()
    {
        var now = Now;
        var periods = (now - _lastRefill).Ticks / _refillPeriod.Ticks;
        if (periods <= 0)
        {
            return;
        }

        _tokens = (int)Math.Min(_capacity, _tokens + periods);
        _lastRefill = _tokens == _capacity ? now : _lastRefill + (_refillPeriod * periods);
        if (_tokens == _capacity)
        {
            _idleSince ??= now;
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
