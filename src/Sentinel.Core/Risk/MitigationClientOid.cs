using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Bitget.Client.Trading;

namespace Sentinel.Core.Risk;

/// <summary>
/// Deterministic clientOids for mitigation orders: <c>sr</c> + 24 hex characters of SHA-256 over (rule, symbol, side,
/// stage, window), plus <c>-n</c> for the n-th slice of a split order. The same step always gets the same id, so a
/// retry, a second instance or a restart can only ever find the order, never create a second one. At most 32
/// characters of <c>[a-z0-9-]</c>, valid for v2 and v3.
/// </summary>
public static class MitigationClientOid
{
    private const int Length = 26;
    private static readonly System.Buffers.SearchValues<char> Hex = System.Buffers.SearchValues.Create("0123456789abcdef");

    public static string Create(string ruleId, string symbol, PositionSide side, int stage, DateTimeOffset window)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        ArgumentNullException.ThrowIfNull(symbol);
        var material = string.Join(
            '\n',
            ruleId,
            symbol.ToUpperInvariant(),
            side == PositionSide.Long ? "long" : "short",
            stage.ToString(CultureInfo.InvariantCulture),
            window.UtcTicks.ToString(CultureInfo.InvariantCulture));
        return "sr" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(material)).AsSpan(0, 12));
    }

    /// <summary>
    /// Whether a stop carries a clientOid Sentinel makes: a risk or manual step's (<c>sr</c>, this class) or a protective
    /// stop's (<c>sp</c>, <see cref="ProtectiveStopClientOid"/>). Sentinel only places whole-position stops, and only
    /// its own may be moved or replaced by it; a user's never.
    /// </summary>
    public static bool IsSentinels(string? clientOid) =>
        ProtectiveStopClientOid.SideOf(clientOid) is not null || IsStep(clientOid);

    /// <summary>The clientOid of slice <paramref name="index"/> (0-based) of an order split above the largest market size.</summary>
    public static string Slice(string clientOid, int index)
    {
        ArgumentNullException.ThrowIfNull(clientOid);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(index, 99);
        return index == 0 ? clientOid : clientOid + "-" + index.ToString(CultureInfo.InvariantCulture);
    }

    private static bool IsStep(string? clientOid)
    {
        if (clientOid is not { Length: >= Length } || !clientOid.StartsWith("sr", StringComparison.Ordinal) || clientOid.AsSpan(2, Length - 2).ContainsAnyExcept(Hex))
        {
            return false;
        }

        var slice = clientOid.AsSpan(Length);
        return slice.IsEmpty || (slice.Length is 2 or 3 && slice[0] == '-' && slice[1] != '0' && int.TryParse(slice[1..], NumberStyles.None, CultureInfo.InvariantCulture, out _));
    }
}
