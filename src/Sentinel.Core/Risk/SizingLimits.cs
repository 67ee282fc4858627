namespace Sentinel.Core.Risk;

/// <summary>The guard's caps that shape an order's size.</summary>
/// <param name="MaxFraction">Largest share of a position one reduce may take (0–1).</param>
/// <param name="MaxNotional">Largest value one action may reduce, in the quote coin.</param>
/// <param name="MaxOrderNotional">Largest value of one order; bigger reductions are split.</param>
/// <param name="CloseBelowMinimum">When a reduce rounds below the minimum: close the whole side (true) or skip (false).</param>
public sealed record SizingLimits(decimal MaxFraction, decimal MaxNotional, decimal MaxOrderNotional, bool CloseBelowMinimum);
