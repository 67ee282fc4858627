namespace Sentinel.Functions.Alerting.Http;

/// <summary>The body of <c>GET /api/silences</c>.</summary>
internal sealed record SilenceListView(IReadOnlyList<SilenceView> Silences);
