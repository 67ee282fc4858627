using Bitget.Client.Trading;

namespace Bitget.Client.Trading;

/// <summary>Wire spellings of the exchange-port enums the client shares with the app.</summary>
public static class ExchangeWire
{
    /// <summary><c>crossed</c> or <c>isolated</c>.</summary>
    public static string Of(MarginMode mode) => mode switch
    {
        MarginMode.Crossed => "crossed",
        MarginMode.Isolated => "isolated",
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown margin mode."),
    };

    /// <summary><c>one_way_mode</c> or <c>hedge_mode</c>.</summary>
    public static string Of(PositionMode mode) => mode switch
    {
        PositionMode.OneWay => "one_way_mode",
        PositionMode.Hedge => "hedge_mode",
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown position mode."),
    };

    /// <summary><c>long</c> or <c>short</c>.</summary>
    public static string Of(PositionSide side) => side switch
    {
        PositionSide.Long => "long",
        PositionSide.Short => "short",
        _ => throw new ArgumentOutOfRangeException(nameof(side), side, "Unknown position side."),
    };
}
