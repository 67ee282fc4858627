using Bitget.Client.Trading;
using Sentinel.Core.Risk;

namespace Sentinel.Functions.Mitigation;

/// <summary>What the guard would do with a request now, found by the same checks as <see cref="MitigationGuard.ExecuteAsync"/> without sending or writing anything.</summary>
/// <param name="WouldSend">Whether executing now would send orders (live mode and every check passed).</param>
/// <param name="Decision">The decision executing now would reach: <see cref="GuardDecision.Placed"/> when it would send, else dry-run, skipped or aborted.</param>
/// <param name="Reason">What would be sent, or why not.</param>
/// <param name="Size">The sized order (reduce or close), after caps and rounding; null for other kinds or when refused before sizing.</param>
/// <param name="Trigger">The stop-loss trigger, for a stop-loss.</param>
/// <param name="Position">The live position side it was checked against; null when there is none.</param>
public sealed record GuardPreview(bool WouldSend, GuardDecision Decision, string Reason, OrderSize? Size, decimal? Trigger, ExchangePosition? Position);
