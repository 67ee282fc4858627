namespace Bitget.Client.Http;

/// <summary>What the transport tells the handlers below it about a request (HttpRequestMessage.Options keys).</summary>
internal static class BitgetRequestOptions
{
    public static readonly HttpRequestOptionsKey<BitgetEndpoint> Endpoint = new("bitget.endpoint");

    public static readonly HttpRequestOptionsKey<string> SignedQuery = new("bitget.signedQuery");

    public static readonly HttpRequestOptionsKey<string> Body = new("bitget.body");

    /// <summary>Set by <see cref="DispatchTrackingHandler"/> when an attempt is handed to the network.</summary>
    public static readonly HttpRequestOptionsKey<bool> Dispatched = new("bitget.dispatched");
}
