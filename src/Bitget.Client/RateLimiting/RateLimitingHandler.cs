using Bitget.Client.Http;

namespace Bitget.Client.RateLimiting;

/// <summary>Waits for the endpoint's limiter before each attempt, so bursts queue instead of earning a 429.</summary>
internal sealed class RateLimitingHandler(EndpointRateLimiters limiters) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Options.TryGetValue(BitgetRequestOptions.Endpoint, out var endpoint))
        {
            using var lease = await limiters.For(endpoint).AcquireAsync(1, cancellationToken).ConfigureAwait(false);
        }

        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
