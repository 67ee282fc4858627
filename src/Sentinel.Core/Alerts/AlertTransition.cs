using Bitget.Client.Trading;

namespace Sentinel.Core.Alerts;

/// <summary>
/// A decision of the evaluator that deserves a notification. Created only on transitions, so it may carry
/// references and formatted strings freely.
/// </summary>
/// <param name="Rule">The rule.</param>
/// <param name="Kind">What happened.</param>
/// <param name="SubjectKey">The persisted subject key (<c>BTCUSDT:long</c>, <c>account</c>, ...).</param>
/// <param name="Symbol">The symbol, when the subject has one.</param>
/// <param name="Side">The position side, when the subject is a position.</param>
/// <param name="Value">The observed value, when known (null when the subject disappeared, e.g. a position closed).</param>
/// <param name="At">Evaluation time.</param>
/// <param name="FiredAt">When the episode fired (events: <paramref name="At"/>); part of the idempotency key.</param>
/// <param name="Sequence">Notification number within the episode (1 for firing, 2.. for reminders).</param>
/// <param name="Position">The position involved, when any.</param>
/// <param name="State">The pair's state after the transition, to persist before sending.</param>
public sealed record AlertTransition(
    CompiledRule Rule,
    AlertTransitionKind Kind,
    string SubjectKey,
    string? Symbol,
    PositionSide? Side,
    decimal? Value,
    DateTimeOffset At,
    DateTimeOffset FiredAt,
    int Sequence,
    ExchangePosition? Position,
    AlertState State);
