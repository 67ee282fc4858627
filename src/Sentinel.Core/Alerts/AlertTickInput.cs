using Bitget.Client.Trading;
using Sentinel.Core.Ticks;

namespace Sentinel.Core.Alerts;

/// <summary>Everything one evaluation reads; the tick gathers it and nothing else is consulted.</summary>
/// <param name="Snapshot">This tick's read, or null when the read failed (only health rules evaluate then).</param>
/// <param name="PreviousPositions">The last successful tick's positions, for opened/closed/flipped; null on the first tick.</param>
/// <param name="History">Every symbol's recent prices as the monitoring tick keeps them, including this snapshot's sample or not.</param>
/// <param name="Watermarks">Day-start and peak equity, already advanced with this snapshot's equity; null disables drawdown rules.</param>
/// <param name="Health">How the monitoring tick has been doing, including this attempt.</param>
/// <param name="Silences">Silences in force (expired ones are ignored).</param>
/// <param name="Now">Evaluation time.</param>
/// <param name="Streamed">
/// True for a streamed update laid over the last poll's snapshot: it does not count toward a rule's <c>for</c>, which
/// counts polls (a pending alert neither advances nor starts over on it).
/// </param>
public sealed record AlertTickInput(
    ExchangeSnapshot? Snapshot,
    IReadOnlyList<ExchangePosition>? PreviousPositions,
    IReadOnlyDictionary<string, PriceSeries>? History,
    AccountWatermarks? Watermarks,
    TickStatus Health,
    IReadOnlyList<Silence> Silences,
    DateTimeOffset Now,
    bool Streamed = false);
