using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Bitget.Client.Http;

namespace Bitget.Client.RateLimiting;

/// <summary>One limiter per endpoint path at that endpoint's documented per-second limit.</summary>
public sealed class EndpointRateLimiters(TimeProvider timeProvider) : IDisposable
{
    private readonly ConcurrentDictionary<string, TimeProviderRateLimiter> _limiters = new(StringComparer.Ordinal);

    /// <summary>The limiter of an endpoint, created on first use.</summary>
    public RateLimiter For(BitgetEndpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        return _limiters.GetOrAdd(endpoint.Path, static (_, state) => new TimeProviderRateLimiter(state.PerSecond, state.TimeProvider), (endpoint.PerSecond, TimeProvider: timeProvider));
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
