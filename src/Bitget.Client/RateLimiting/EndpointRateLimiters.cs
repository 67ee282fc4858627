using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Bitget.Client.Http;

namespace Bitget.Client.RateLimiting;

/// <summary>One limiter per endpoint path at that endpoint's documented per-second limit.</summary>
internal sealed class EndpointRateLimiters(TimeProvider timeProvider) : IDisposable
{
    /// <summary>
    /// The window each endpoint's limit applies to: Bitget's second plus a margin, because requests reach Bitget's
    /// counter with varying delay, and two requests one second apart here can land less than a second apart there.
    /// </summary>
    public static readonly TimeSpan Window = TimeSpan.FromMilliseconds(1100);

    private readonly ConcurrentDictionary<string, TimeProviderRateLimiter> _limiters = new(StringComparer.Ordinal);

    /// <summary>The limiter of an endpoint, created on first use.</summary>
    public RateLimiter For(BitgetEndpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        return _limiters.GetOrAdd(endpoint.Path, static (_, state) => new TimeProviderRateLimiter(state.PerSecond, state.TimeProvider, Window), (endpoint.PerSecond, TimeProvider: timeProvider));
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var limiter in _limiters.Values)
        {
            limiter.Dispose();
        }
    }
}
