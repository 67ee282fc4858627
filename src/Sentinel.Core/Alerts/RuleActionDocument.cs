namespace Sentinel.Core.Alerts;

/// <summary>
/// What a risk rule does when its condition holds (the rule's <c>action</c>): one step (<see cref="Type"/> with its
/// parameters) or a staged plan (<see cref="Stages"/>, taken one after another while the breach persists). Loosely
/// typed like <see cref="AlertRuleDocument"/> so a bad value is a field error, not a parse failure. Interpreted by the
/// risk core (<c>Risk/</c>); here only its shape and its validation live, beside the vocabulary it extends.
/// </summary>
public sealed record RuleActionDocument
{
    /// <summary><c>reduce</c>, <c>close</c>, <c>stop_loss</c> or <c>cancel_orders</c>; left out when <see cref="Stages"/> is given.</summary>
    public string? Type { get; init; }

    /// <summary>For <c>reduce</c>: the share of the position to sell (long) or buy back (short), in percent (25 = a quarter).</summary>
    public decimal? Percent { get; init; }

    /// <summary>For <c>stop_loss</c>: how far from the mark price the stop triggers, in percent, on the losing side.</summary>
    public decimal? StopDistancePercent { get; init; }

    /// <summary>Steps taken in order while the breach persists, at least <see cref="StageMinutes"/> apart.</summary>
    public IReadOnlyList<RuleActionStepDocument?>? Stages { get; init; }

    /// <summary>Minutes between two stages of one episode (default 5).</summary>
    public int? StageMinutes { get; init; }

    /// <summary>Position sides the action may act on (<c>long</c>, <c>short</c>); left out means both.</summary>
    public IReadOnlyList<string>? Sides { get; init; }
}
