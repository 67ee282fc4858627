using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Bitget.Client.Trading;

/// <summary>
/// Sizing a reduce against a contract's limits: below a minimum it is refused (or closed fully), above the largest
/// market order it is split into near-equal orders, each no larger than the maximum, each with its own clientOid
/// derived from the caller's, so a repeated call finds the orders already placed instead of doubling them.
/// </summary>
internal static class ReduceSplit
{
    /// <summary>Most orders one reduce may be split into.</summary>
    public const int MaxParts = 999;

    /// <summary>The minimum <paramref name="size"/> misses at <paramref name="markPrice"/>, or null when it meets both.</summary>
    public static MinimumKind? MissedMinimum(ContractSpec spec, decimal size, decimal markPrice)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (size <= 0m || size < spec.MinSize)
        {
            return MinimumKind.Size;
        }

        return spec.MinNotional is { } minimum && markPrice > 0m && size * markPrice < minimum ? MinimumKind.Notional : null;
    }

    /// <summary>
    /// Splits a size (already a multiple of the step) into parts no larger than the contract's largest market order
    /// (rounded down to the step), as equal as the step allows; one part when the contract sets no maximum.
    /// </summary>
    public static IReadOnlyList<decimal> Parts(ContractSpec spec, decimal size)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var max = spec.MaxMarketOrderSize is { } m ? spec.RoundSizeDown(m) : 0m;
        if (max <= 0m || size <= max)
        {
            return [size];
        }

        var count = (int)decimal.Ceiling(size / max);
        if (count > MaxParts)
        {
            throw new ArgumentOutOfRangeException(nameof(size), size, $"A reduce of {size} would need {count} orders of at most {max}; the limit is {MaxParts}.");
        }

        var each = spec.RoundSizeDown(size / count);
        var extraSteps = (int)((size - (each * count)) / spec.SizeStep);
        return [.. Enumerable.Range(0, count).Select(i => i < extraSteps ? each + spec.SizeStep : each)];
    }

    /// <summary>
    /// The clientOid of part <paramref name="index"/> (0-based) of a split reduce: a prefix of the parent, <c>_</c>, eight
    /// hex characters of the parent's SHA-256 and the part number; at most 32 characters, deterministic, and distinct
    /// from the parent and from the parts of any other parent.
    /// </summary>
    public static string ChildClientOid(string parentClientOid, int index)
    {
        ArgumentNullException.ThrowIfNull(parentClientOid);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, MaxParts);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(parentClientOid)))[..8];
        var part = (index + 1).ToString(CultureInfo.InvariantCulture);
        var prefix = parentClientOid[..Math.Min(parentClientOid.Length, Trading.ClientOid.MaxLength - 1 - hash.Length - 3)];
        return $"{prefix}_{hash}{part}";
    }
}
