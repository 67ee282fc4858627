using System.Globalization;
using Bitget.Client.Trading;

namespace Sentinel.Core.Alerts;

/// <summary>
/// Packs (rule index, symbol id, side) into one long for dictionary keys in the hot loop, and renders the
/// persisted subject key only when something changed.
/// </summary>
internal static class AlertSubject
{
    public const int NoSymbol = -1;
    public const int AccountSymbol = -2;
    private const int NoSide = 0;

    public static long Key(int ruleIndex, int symbolId, PositionSide? side) =>
        ((long)ruleIndex << 32) | ((long)(uint)(symbolId + 2) << 2) | (long)SideCode(side);

    public static int RuleIndexOf(long key) => (int)(key >>> 32);

    public static int SymbolIdOf(long key) => (int)((key & 0xFFFF_FFFFL) >>> 2) - 2;

    public static PositionSide? SideOf(long key) => (key & 3) switch
    {
        1 => PositionSide.Long,
        2 => PositionSide.Short,
        _ => null,
    };

    public static string Render(long key, SymbolTable symbols)
    {
        var symbolId = SymbolIdOf(key);
        if (symbolId == NoSymbol)
        {
            return "sentinel";
        }

        if (symbolId == AccountSymbol)
        {
            return "account";
        }

        var symbol = symbols.NameOf(symbolId);
        return SideOf(key) switch
        {
            PositionSide.Long => symbol + ":long",
            PositionSide.Short => symbol + ":short",
            _ => symbol,
        };
    }

    public static bool TryParse(string subjectKey, SymbolTable symbols, out int symbolId, out PositionSide? side)
    {
        side = null;
        symbolId = subjectKey switch
        {
            "sentinel" => NoSymbol,
            "account" => AccountSymbol,
            _ => int.MinValue,
        };
        if (symbolId != int.MinValue)
        {
            return true;
        }

        var colon = subjectKey.IndexOf(':', StringComparison.Ordinal);
        var symbol = colon < 0 ? subjectKey : subjectKey[..colon];
        side = colon < 0 ? null : subjectKey[(colon + 1)..].ToUpperInvariant() switch
        {
            "LONG" => PositionSide.Long,
            "SHORT" => PositionSide.Short,
            _ => (PositionSide)(-1),
        };
        symbolId = symbols.Intern(symbol);
        return symbol.Length > 0 && (side is null || Enum.IsDefined(side.Value));
    }

    public static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static int SideCode(PositionSide? side) => side switch
    {
        PositionSide.Long => 1,
        PositionSide.Short => 2,
        _ => NoSide,
    };
}
