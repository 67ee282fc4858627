namespace Sentinel.Core.Alerts;

/// <summary>
/// Mutes notifications (not evaluation) for a rule, a symbol, or a rule on a symbol, until it expires.
/// A null <paramref name="RuleId"/> or <paramref name="Symbol"/> matches any.
/// </summary>
public sealed record Silence(string Id, string? RuleId, string? Symbol, DateTimeOffset ExpiresAt, string? CreatedBy, string? Comment)
{
    public bool Matches(string ruleId, string? symbol, DateTimeOffset now) =>
        now < ExpiresAt
        && (RuleId is null || string.Equals(RuleId, ruleId, StringComparison.Ordinal))
        && (Symbol is null || string.Equals(Symbol, symbol, StringComparison.OrdinalIgnoreCase));
}
