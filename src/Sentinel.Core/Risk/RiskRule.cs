using Bitget.Client.Trading;
using Sentinel.Core.Alerts;

namespace Sentinel.Core.Risk;

/// <summary>
/// A validated alert rule that carries an action: its condition (thresholds, hysteresis, <c>for</c>, direction) is the
/// compiled alert rule, reused as is, and its steps are taken one per stage while the condition holds.
/// </summary>
public sealed class RiskRule
{
    /// <summary>Default minutes between two stages of one episode.</summary>
    public const int DefaultStageMinutes = 5;

    private readonly HashSet<string>? _symbols;

    internal RiskRule(CompiledRule condition)
    {
        var action = condition.Document.Action ?? throw new ArgumentException("The rule has no action.", nameof(condition));
        Condition = condition;
        Steps = action.Stages is { } stages
            ? [.. stages.Select(s => RiskStep.From(s!.Type!, s.Percent, s.StopDistancePercent))]
            : [RiskStep.From(action.Type!, action.Percent, action.StopDistancePercent)];
        StageInterval = TimeSpan.FromMinutes(action.StageMinutes ?? DefaultStageMinutes);
        ActsOnLong = action.Sides is null || action.Sides.Contains("long");
        ActsOnShort = action.Sides is null || action.Sides.Contains("short");
        _symbols = condition.Document.Symbols is { } symbols ? new HashSet<string>(symbols, StringComparer.OrdinalIgnoreCase) : null;
    }

    public CompiledRule Condition { get; }

    public string Id => Condition.Id;

    public AlertRuleType Type => Condition.Type;

    public IReadOnlyList<RiskStep> Steps { get; }

    public TimeSpan StageInterval { get; }

    public bool ActsOnLong { get; }

    public bool ActsOnShort { get; }

    /// <summary>Whether the rule watches this position (its symbol scope and its sides).</summary>
    public bool Covers(ExchangePosition position)
    {
        ArgumentNullException.ThrowIfNull(position);
        return (position.Side == PositionSide.Long ? ActsOnLong : ActsOnShort)
            && (_symbols is null || _symbols.Contains(position.Symbol));
    }
}
