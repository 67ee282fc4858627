using Sentinel.Core.Alerts;

namespace Sentinel.Functions.Alerting.Http;

/// <summary>One (rule, subject) alert as <c>GET /api/alerts</c> shows it; <see cref="Id"/> is what <c>/ack</c> takes.</summary>
internal sealed record AlertView(
    string Id,
    string RuleId,
    string SubjectKey,
    string? Symbol,
    string Status,
    string? Severity,
    decimal? Value,
    DateTimeOffset? PendingSince,
    DateTimeOffset? FiredAt,
    DateTimeOffset? LastNotifiedAt,
    DateTimeOffset? AcknowledgedAt,
    string? AcknowledgedBy,
    DateTimeOffset? ResolvedAt,
    DateTimeOffset ChangedAt)
{
    public const char Separator = '~';

    public static string IdOf(string ruleId, string subjectKey) => ruleId + Separator + subjectKey;

    public static bool TryParseId(string id, out string ruleId, out string subjectKey)
    {
        var at = id.IndexOf(Separator, StringComparison.Ordinal);
        ruleId = at > 0 ? id[..at] : string.Empty;
        subjectKey = at > 0 ? id[(at + 1)..] : string.Empty;
        return at > 0 && subjectKey.Length > 0;
    }

    /// <summary>The symbol of a subject key: <c>BTCUSDT</c> for <c>BTCUSDT</c> and <c>BTCUSDT:long</c>; null for <c>account</c> and <c>sentinel</c>.</summary>
    public static string? SymbolOf(string subjectKey)
    {
        var symbol = subjectKey.Split(':')[0];
        return symbol is "account" or "sentinel" ? null : symbol;
    }

    public static AlertView From(AlertState state, string? severity) => new(
        IdOf(state.RuleId, state.SubjectKey),
        state.RuleId,
        state.SubjectKey,
        SymbolOf(state.SubjectKey),
        state.Status.ToString().ToLowerInvariant(),
        severity,
        state.LastValue,
        state.PendingSince,
        state.FiredAt,
        state.LastNotifiedAt,
        state.AcknowledgedAt,
        state.AcknowledgedBy,
        state.ResolvedAt,
        state.ChangedAt);
}
