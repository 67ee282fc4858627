namespace Bitget.Simulator.Streams;

/// <summary>Which WebSocket API a connection speaks: v2 (<c>channel</c>/<c>instId</c>) or v3 (<c>topic</c>/<c>symbol</c>).</summary>
public enum StreamApi
{
    V2,
    V3,
}
