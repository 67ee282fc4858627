using Bitget.Client.Exchange;

namespace Sentinel.Functions.Alerts;

/// <summary>Everything one evaluation reads; the tick gathers it and nothing else is consulted.</summary>
/// <param name="Snapshot">This tick's read, or null when the read failed (only health rules evaluate then).</param>
/// <param name="PreviousPositions">The last successful tick's positions, for opened/closed/flipped; null on the first tick.</param>
/// <param name="History">Recent prices (the tick records each snapshot into it, before or after evaluating).</param>
/// <param name="Watermarks">Day-start and peak equity, already advanced with this snapshot's equity; null disables drawdown rules.</param>
/// <param name="Health">Tick health including this attempt.</param>
/// <param name="Silences">Silences in force (expired ones are ignored).</param>
/// <param name="Now">Evaluation time.</param>
public sealed record AlertTickInput(
    ExchangeSnapshot? Snapshot,
    IReadOnlyList<ExchangePosition>? PreviousPositions,
    PriceHistory? History,
    AccountWatermarks? Watermarks,
    TickHealth Health,
    IReadOnlyList<Silence> Silences,
    DateTimeOffset Now);
