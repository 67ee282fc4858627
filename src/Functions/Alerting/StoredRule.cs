using Azure;
using Sentinel.Core.Alerts;

namespace Sentinel.Functions.Alerting;

/// <summary>A rule as stored, with the ETag an update or delete must present in <c>If-Match</c>.</summary>
public sealed record StoredRule(AlertRuleDocument Rule, ETag ETag)
{
    /// <summary>The row's key (the id the rule is stored under).</summary>
    public string RowKey { get; init; } = Rule?.Id ?? string.Empty;
}
