namespace Sentinel.Functions.Alerting.Http;

/// <summary>The body of <c>GET /api/silences</c>.</summary>
public sealed record SilenceListView(IReadOnlyList<SilenceView> Silences);
