namespace Sentinel.Core.Alerts;

/// <summary>
/// A validated rule in the form the evaluator's hot loop reads: thresholds resolved, defaults applied, the
/// symbol scope interned to ids. Built by <see cref="CompiledRuleSet.Compile"/>.
/// </summary>
public sealed class CompiledRule
{
    internal CompiledRule(AlertRuleDocument document, AlertRuleType type, int index, int[]? symbolIds)
    {
        Document = document;
        Id = document.Id!;
        Type = type;
        Index = index;
        SymbolIds = symbolIds;
        Direction = AlertRuleValidator.ParseDirection(document.Direction);
        Above = BreachesAbove(type, Direction);
        Threshold = document.Threshold ?? (type is AlertRuleType.ExchangeUnreachable or AlertRuleType.AuthFailing ? 1m : 0m);
        Clear = document.Clear ?? Threshold;
        ForCount = document.For ?? 1;
        Window = TimeSpan.FromMinutes(document.WindowMinutes ?? 0);
        Renotify = TimeSpan.FromMinutes(document.RenotifyMinutes ?? 0);
        Severity = AlertRuleValidator.TryParseSeverity(document.Severity, out var severity) ? severity : AlertSeverity.Warning;
        Channels = document.Channels ?? [];
    }

    public AlertRuleDocument Document { get; }

    public string Id { get; }

    public AlertRuleType Type { get; }

    /// <summary>Position in the rule set; part of the state key.</summary>
    public int Index { get; }

    /// <summary>Symbols in scope; null means every open position's symbol.</summary>
    public int[]? SymbolIds { get; }

    public AlertDirection Direction { get; }

    /// <summary>True when the value breaches at or above the threshold; false when at or below.</summary>
    public bool Above { get; }

    public decimal Threshold { get; }

    public decimal Clear { get; }

    public int ForCount { get; }

    public TimeSpan Window { get; }

    public TimeSpan Renotify { get; }

    public AlertSeverity Severity { get; }

    public IReadOnlyList<string> Channels { get; }

    public string? MessageTemplate => Document.Message;

    internal static bool BreachesAbove(AlertRuleType type, AlertDirection direction) => direction switch
    {
        AlertDirection.Above => true,
        AlertDirection.Below => false,
        _ => type.BreachesAbove(),
    };

    /// <summary>Whether a value breaches the threshold (inclusive: a value exactly at the threshold breaches).</summary>
    internal bool Breaches(decimal value) => Above ? value >= Threshold : value <= Threshold;

    /// <summary>Whether a value is past the clear level, so an active alert ends (strictly past it).</summary>
    internal bool Clears(decimal value) => Above ? value < Clear : value > Clear;
}
