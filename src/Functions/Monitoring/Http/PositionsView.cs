namespace Sentinel.Functions.Monitoring.Http;

/// <summary>The body of <c>GET /api/positions</c>: the positions of the last successful tick.</summary>
internal sealed record PositionsView(DateTimeOffset ReadAt, IReadOnlyList<PositionView> Positions);
