using System.Globalization;
using Bitget.Client.Trading;

namespace Sentinel.Core.Risk;

/// <summary>
/// Sizes a mitigation order from the live position and the contract: capped by the per-action fraction and notional,
/// rounded down to the size step, never below the minimum size or notional (then the whole side is closed, if allowed
/// and within the notional cap, or the step is skipped with the reason), and split into several orders when it is
/// larger than the largest single order. Pure.
/// </summary>
public static class OrderSizing
{
    /// <summary>Most orders one action is split into.</summary>
    public const int MaxSlices = 20;

    /// <param name="step">The step to size (reduce or close; other kinds have no size).</param>
    /// <param name="position">The live position side.</param>
    /// <param name="spec">The contract's trading rules.</param>
    /// <param name="limits">The guard's caps.</param>
    public static OrderSize Size(RiskStep step, ExchangePosition position, ContractSpec spec, SizingLimits limits)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(position);
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(limits);
        var mark = position.MarkPrice > 0 ? position.MarkPrice : position.EntryPrice;
        var reasons = new List<string>();
        var target = step.Kind == RiskActionKind.Close ? position.Available : step.Amount ?? position.Available * step.Fraction;
        if (step.Kind == RiskActionKind.Reduce && target > position.Available * limits.MaxFraction)
        {
            reasons.Add(Text($"{(position.Available > 0 ? target / position.Available : 1m):P0} of the position capped at {limits.MaxFraction:P0} (MaxFractionPerAction)"));
            target = position.Available * limits.MaxFraction;
        }

        if (target * mark > limits.MaxNotional)
        {
            reasons.Add(Text($"{target * mark:0.##} notional capped at {limits.MaxNotional} (MaxNotionalPerAction)"));
            target = limits.MaxNotional / mark;
        }
        else if (step.Kind == RiskActionKind.Close)
        {
            return new OrderSize(SizingOutcome.Close, position.Size, [], null);
        }

        var rounded = spec.RoundSizeDown(target);
        if (rounded <= 0m || rounded < spec.MinSize || (spec.MinNotional is { } minNotional && rounded * mark < minNotional))
        {
            return BelowMinimum(position, spec, limits, mark, target, rounded);
        }

        var slices = Split(rounded, spec, LargestOrder(spec, limits, mark), reasons);
        return new OrderSize(SizingOutcome.Reduce, slices.Sum(), slices, Join(reasons));
    }

    /// <summary>
    /// The largest slice: within MaxOrderNotional and the exchange's largest market order. A slice above the latter
    /// would be split again by the exchange port under derived clientOids the journal does not hold, so after a lost
    /// reply the guard would find nothing by the slice's clientOid, take it as never placed and reduce a second time.
    /// </summary>
    private static decimal LargestOrder(ContractSpec spec, SizingLimits limits, decimal mark) =>
        spec.MaxMarketOrderSize is { } max && max > 0m ? Math.Min(max, limits.MaxOrderNotional / mark) : limits.MaxOrderNotional / mark;

    private static OrderSize BelowMinimum(ExchangePosition position, ContractSpec spec, SizingLimits limits, decimal mark, decimal target, decimal rounded)
    {
        var why = Text($"{target:0.########} rounds down to {rounded} (step {spec.SizeStep}), below the minimum {spec.MinSize}{(spec.MinNotional is { } n ? Text($" or {n} notional") : string.Empty)}");
        if (limits.CloseBelowMinimum && position.Size * mark <= limits.MaxNotional)
        {
            return new OrderSize(SizingOutcome.Close, position.Size, [], why + "; closing the whole side instead (CloseBelowMinimum)");
        }

        var refusal = limits.CloseBelowMinimum ? "closing the whole side would exceed MaxNotionalPerAction" : "CloseBelowMinimum is off";
        return new OrderSize(SizingOutcome.Skip, 0m, [], why + "; skipped: " + refusal);
    }

    /// <summary>
    /// Even slices, each a multiple of the step and at most the largest single order (never below the minimum size);
    /// at most <see cref="MaxSlices"/> orders, so one action stays bounded (the rest waits for the next stage).
    /// </summary>
    private static decimal[] Split(decimal total, ContractSpec spec, decimal maxSlice, List<string> reasons)
    {
        var largest = Math.Max(spec.RoundSizeDown(maxSlice), spec.MinSize);
        if (total <= largest)
        {
            return [total];
        }

        if (total > largest * MaxSlices)
        {
            reasons.Add(Text($"{total} capped at {MaxSlices} orders of {largest}"));
            total = largest * MaxSlices;
        }

        for (var count = (int)decimal.Ceiling(total / largest); count <= MaxSlices; count++)
        {
            var each = spec.RoundSizeDown(total / count);
            var last = total - (each * (count - 1));
            if (each < spec.MinSize)
            {
                break;
            }

            if (last <= largest)
            {
                reasons.Add(Text($"split into {count} orders of at most {largest} (MaxOrderNotional, the exchange's largest market order)"));
                var slices = Enumerable.Repeat(each, count).ToArray();
                slices[^1] = last;
                return slices;
            }
        }

        // Even slices would fall below the minimum: whole orders of the largest size, the remainder folded into the last.
        var whole = (int)decimal.Floor(total / largest);
        var greedy = Enumerable.Repeat(largest, whole).ToArray();
        greedy[^1] += total - (largest * whole);
        reasons.Add(Text($"split into {whole} orders of about {largest} (MaxOrderNotional)"));
        return greedy;
    }

    private static string? Join(List<string> reasons) => reasons.Count == 0 ? null : string.Join("; ", reasons);

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
