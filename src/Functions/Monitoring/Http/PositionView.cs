using Bitget.Client.Trading;

namespace Sentinel.Functions.Monitoring.Http;

/// <summary>A position as the HTTP API shows it (enums as lower-case words).</summary>
internal sealed record PositionView(
    string Symbol, string MarginCoin, string Side, string Mode, string MarginMode, decimal Size, decimal Available,
    decimal EntryPrice, decimal MarkPrice, decimal? LiquidationPrice, decimal UnrealizedPnl, decimal Margin,
    decimal Leverage, decimal Notional, DateTimeOffset? OpenedAt, DateTimeOffset UpdatedAt)
{
    public static PositionView From(ExchangePosition p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new(
            p.Symbol, p.MarginCoin, Words.Of(p.Side), p.Mode == PositionMode.OneWay ? "one-way" : "hedge", Words.Of(p.MarginMode),
            p.Size, p.Available, p.EntryPrice, p.MarkPrice, p.LiquidationPrice, p.UnrealizedPnl, p.Margin, p.Leverage, p.Notional, p.OpenedAt, p.UpdatedAt);
    }
}
