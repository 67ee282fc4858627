using Bitget.Client.Http;

namespace Bitget.Client.V2.Positions;

/// <summary>v2 mix position endpoints and their per-second limits (BITGET-API.md §6).</summary>
internal static class PositionEndpoints
{
    /// <summary>GET /api/v2/mix/position/all-position (5/s UID).</summary>
    public static readonly BitgetEndpoint AllPositions = BitgetEndpoint.PrivateGet("/api/v2/mix/position/all-position", 5);

    /// <summary>GET /api/v2/mix/position/single-position (10/s UID).</summary>
    public static readonly BitgetEndpoint SinglePosition = BitgetEndpoint.PrivateGet("/api/v2/mix/position/single-position", 10);

    /// <summary>GET /api/v2/mix/position/history-position (20/s UID).</summary>
    public static readonly BitgetEndpoint HistoryPositions = BitgetEndpoint.PrivateGet("/api/v2/mix/position/history-position", 20);
}
