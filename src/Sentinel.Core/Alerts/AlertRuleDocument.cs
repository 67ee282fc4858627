using System.Text.Json.Serialization;

namespace Sentinel.Core.Alerts;

/// <summary>
/// One rule as JSON (seed file and the rules API). Every field is loosely typed on purpose so that a bad value
/// becomes a field error from <see cref="AlertRuleValidator"/> rather than a parse failure.
/// </summary>
public sealed record AlertRuleDocument
{
    public string? Id { get; init; }

    public string? Type { get; init; }

    /// <summary>Absent means enabled. Nullable on purpose: source-generated deserialization of init-only
    /// properties writes the type's default for a missing member, which would silently disable every rule.</summary>
    public bool? Enabled { get; init; }

    /// <summary>Symbols in scope; null or absent means every open position's symbol.</summary>
    public IReadOnlyList<string>? Symbols { get; init; }

    public decimal? Threshold { get; init; }

    /// <summary>Hysteresis: once pending or firing, the alert clears only past this level. Defaults to the threshold.</summary>
    public decimal? Clear { get; init; }

    public string? Direction { get; init; }

    public int? WindowMinutes { get; init; }

    /// <summary>Consecutive evaluations the condition must hold before firing (Alertmanager's <c>for</c>).</summary>
    [JsonPropertyName("for")]
    public int? For { get; init; }

    /// <summary>Minutes between reminders while firing and unacknowledged; 0 or absent sends none.</summary>
    public int? RenotifyMinutes { get; init; }

    public string? Severity { get; init; }

    public IReadOnlyList<string>? Channels { get; init; }

    /// <summary>Optional message template with placeholders such as <c>{symbol}</c> and <c>{value}</c>.</summary>
    public string? Message { get; init; }

    /// <summary>Makes the rule a risk rule: what Sentinel does (through the mitigation guard) while it breaches.</summary>
    public RuleActionDocument? Action { get; init; }

    /// <summary>For <c>protective_stop</c> only: the exchange-side stop kept on every position the rule covers.</summary>
    public ProtectiveStopDocument? Stop { get; init; }
}
