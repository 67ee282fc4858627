using Bitget.Client.Http;
using Bitget.Client.RateLimiting;
using Bitget.Client.Signing;

namespace Bitget.Client.Setup;

/// <summary>
/// What every request of one client shares, however many handler chains serve it (IHttpClientFactory rotates them):
/// Bitget's clock as measured by this client and the per-endpoint rate limiters.
/// </summary>
internal sealed class SharedClientState(TimeProvider timeProvider) : IDisposable
{
    public ServerClock Clock { get; } = new(timeProvider);

    public EndpointRateLimiters Limiters { get; } = new(timeProvider);

    public void Dispose() => Limiters.Dispose();
}
