using Bitget.Client.Trading;

namespace Sentinel.Core.Alerts;

/// <summary>The figures derived from one position, computed the same way by the alert engine and the risk core.</summary>
internal static class PositionMetrics
{
    /// <summary>|mark − liquidation| / mark × 100; false when the exchange sent no liquidation price or no mark.</summary>
    public static bool TryGetLiquidationDistance(ExchangePosition position, out decimal percent)
    {
        ArgumentNullException.ThrowIfNull(position);
        var known = position.LiquidationPrice is not null && position.MarkPrice > 0;
        percent = known ? Math.Abs(position.MarkPrice - position.LiquidationPrice!.Value) / position.MarkPrice * 100m : 0m;
        return known;
    }

    /// <summary>Unrealized PnL / position margin × 100; false when the position holds no margin.</summary>
    public static bool TryGetPnlPercent(ExchangePosition position, out decimal percent)
    {
        ArgumentNullException.ThrowIfNull(position);
        var known = position.Margin > 0;
        percent = known ? position.UnrealizedPnl / position.Margin * 100m : 0m;
        return known;
    }
}
