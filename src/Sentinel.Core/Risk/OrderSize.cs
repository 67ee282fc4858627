namespace Sentinel.Core.Risk;

/// <summary>The sized order: what to send, and why it differs from what was asked, if it does.</summary>
/// <param name="Outcome">Reduce, close, or skip.</param>
/// <param name="Size">Total size to reduce (the position's size for a close; 0 for a skip).</param>
/// <param name="Slices">For a reduce: the orders, each within the largest single order, summing to <paramref name="Size"/>.</param>
/// <param name="Reason">Why a cap, the minimum or the split changed the request; null when nothing did.</param>
public sealed record OrderSize(SizingOutcome Outcome, decimal Size, IReadOnlyList<decimal> Slices, string? Reason);
