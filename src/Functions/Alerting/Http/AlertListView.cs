namespace Sentinel.Functions.Alerting.Http;

/// <summary>The body of <c>GET /api/alerts</c>: firing first, then pending, then recently resolved.</summary>
internal sealed record AlertListView(IReadOnlyList<AlertView> Alerts);
