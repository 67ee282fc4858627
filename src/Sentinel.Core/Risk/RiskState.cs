using Bitget.Client.Trading;

namespace Sentinel.Core.Risk;

/// <summary>
/// Where one (risk rule, position side) stands. An <b>episode</b> starts when the condition has held for the rule's
/// <c>for</c> polls and ends when the value is past the clear level or the position is gone; within it the stages are
/// taken in order. For a price crossing the episode is the crossing: it started at the last sample before the level was
/// crossed and ends once a newer sample exists. Only pairs that breached have a state; an ended episode has none.
/// </summary>
/// <param name="RuleId">The rule.</param>
/// <param name="SubjectKey">The position side, <c>BTCUSDT:long</c>.</param>
/// <param name="BreachCount">Consecutive breaching polls before the episode started.</param>
/// <param name="EpisodeStartedAt">When the episode started, for a crossing the time of the sample before it (part of every clientOid of the episode); null while pending.</param>
/// <param name="NextStage">Index of the next stage to take (at or past the step count when all were taken).</param>
/// <param name="LastStepAt">When the last stage was taken.</param>
/// <param name="LastAttemptAt">When a stage was last attempted, whatever came of it (retries wait <see cref="RetryInterval"/>).</param>
/// <param name="StopTrigger">The trigger of the last stop-loss Sentinel placed in this episode (a new one must be tighter).</param>
public sealed record RiskState(
    string RuleId,
    string SubjectKey,
    int BreachCount,
    DateTimeOffset? EpisodeStartedAt,
    int NextStage,
    DateTimeOffset? LastStepAt,
    DateTimeOffset? LastAttemptAt,
    decimal? StopTrigger)
{
    /// <summary>How long a stage that was not taken (skipped, failed, aborted) waits before it is planned again.</summary>
    public static readonly TimeSpan RetryInterval = TimeSpan.FromMinutes(1);

    public bool Active => EpisodeStartedAt is not null;

    public static string KeyOf(string symbol, PositionSide side) =>
        symbol.ToUpperInvariant() + ":" + (side == PositionSide.Long ? "long" : "short");

    internal static RiskState Pending(string ruleId, string subjectKey) => new(ruleId, subjectKey, 0, null, 0, null, null, null);

    /// <summary>The stage was taken (or found already taken, or had nothing to do): the episode moves on.</summary>
    public RiskState AfterStep(PlannedAction action, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(action);
        return this with
        {
            NextStage = Math.Max(NextStage, action.Stage + 1),
            LastStepAt = now,
            LastAttemptAt = now,
            StopTrigger = action.StopTrigger ?? StopTrigger,
        };
    }

    /// <summary>The stage was attempted but not taken: it is planned again after <see cref="RetryInterval"/>.</summary>
    public RiskState AfterAttempt(DateTimeOffset now) => this with { LastAttemptAt = now };
}
