using System.Text.Json;

namespace Sentinel.Functions.Alerting.Http;

/// <summary>The body of <c>GET /api/rules</c>: the same shape as the seed file, so it can be saved and reviewed as one.</summary>
internal sealed record RuleListView(IReadOnlyList<JsonElement> Rules);
