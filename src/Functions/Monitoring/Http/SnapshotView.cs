namespace Sentinel.Functions.Monitoring.Http;

/// <summary>The body of <c>GET /api/snapshot</c>: the last successful tick's tickers, positions and account.</summary>
internal sealed record SnapshotView(DateTimeOffset ReadAt, IReadOnlyList<TickerView> Tickers, IReadOnlyList<PositionView> Positions, AccountView Account);
