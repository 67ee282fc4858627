using Bitget.Client.Trading;
using Sentinel.Core.Alerts;
using Sentinel.Core.Ticks;

namespace Sentinel.Core.Risk;

/// <summary>Everything one risk evaluation reads; nothing else is consulted.</summary>
/// <param name="Snapshot">This tick's successful read.</param>
/// <param name="History">Recent prices including this tick's (a streamed update's price is not in it; for price crossings); null disables crossing rules.</param>
/// <param name="Watermarks">Day-start and peak equity, advanced with this snapshot; null disables drawdown rules.</param>
/// <param name="Now">Evaluation time.</param>
/// <param name="Streamed">
/// True for a streamed update laid over the last poll's snapshot: it does not count toward a rule's <c>for</c>, which
/// counts polls, so a breach seen only between polls cannot start an episode that needs more than one.
/// </param>
public sealed record RiskTickInput(ExchangeSnapshot Snapshot, IReadOnlyDictionary<string, PriceSeries>? History, AccountWatermarks? Watermarks, DateTimeOffset Now, bool Streamed = false);
