namespace Bitget.Client.Http;

/// <summary>One Bitget REST endpoint: method, path, whether it is signed, and its documented per-second limit (BITGET-API.md §6).</summary>
/// <param name="Method">GET or POST.</param>
/// <param name="Path">Path without host or query, e.g. <c>/api/v2/mix/order/place-order</c>.</param>
/// <param name="Signed">Whether the request carries the ACCESS-* headers.</param>
/// <param name="PerSecond">Requests per second Bitget allows on this endpoint.</param>
internal sealed record BitgetEndpoint(HttpMethod Method, string Path, bool Signed, int PerSecond)
{
    /// <summary>A public GET endpoint.</summary>
    public static BitgetEndpoint PublicGet(string path, int perSecond = 20) => new(HttpMethod.Get, path, false, perSecond);

    /// <summary>A signed GET endpoint.</summary>
    public static BitgetEndpoint PrivateGet(string path, int perSecond) => new(HttpMethod.Get, path, true, perSecond);

    /// <summary>A signed POST endpoint.</summary>
    public static BitgetEndpoint PrivatePost(string path, int perSecond) => new(HttpMethod.Post, path, true, perSecond);
}
