namespace Bitget.Client.Http;

/// <summary>
/// The last of the client's handlers: marks a request as handed to the network. A failure of a request that was never
/// marked proves Bitget never saw it (it was still waiting for the rate limiter, refused by the open circuit, or timed
/// out while being signed), so a write may be resent without risk of a duplicate.
/// </summary>
internal sealed class DispatchTrackingHandler : DelegatingHandler
{
    /// <summary>Whether any attempt of <paramref name="request"/> may have reached Bitget.</summary>
    public static bool WasDispatched(HttpRequestMessage request) =>
        request.Options.TryGetValue(BitgetRequestOptions.Dispatched, out var dispatched) && dispatched;

    /// <summary>Records that the attempts so far were refused unprocessed (HTTP 429), so they no longer count as dispatched.</summary>
    public static void Refused(HttpRequestMessage request) => request.Options.Set(BitgetRequestOptions.Dispatched, false);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Options.Set(BitgetRequestOptions.Dispatched, true);
        return base.SendAsync(request, cancellationToken);
    }
}
