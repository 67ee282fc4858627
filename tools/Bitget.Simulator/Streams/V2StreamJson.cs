using Bitget.Simulator.Accounts;
using Bitget.Simulator.Exchange;
using Bitget.Simulator.Market;
using Bitget.Simulator.Orders;
using Bitget.Simulator.V2.Orders;
using static Bitget.Simulator.Wire.WireFormat;

namespace Bitget.Simulator.Streams;

/// <summary>v2 push rows, in the field names of Bitget's v2 WebSocket docs (<c>instId</c>, <c>lastPr</c>, <c>accBaseVolume</c> …).</summary>
internal static class V2StreamJson
{
    public static object Ticker(TickerStats t, DateTimeOffset nextFunding) => new Dictionary<string, object?>
    {
        ["instId"] = t.Symbol, ["lastPr"] = Number(t.Last), ["bidPr"] = Number(t.Bid), ["askPr"] = Number(t.Ask), ["bidSz"] = "1", ["askSz"] = "1",
        ["open24h"] = Number(t.Open24h), ["high24h"] = Number(t.High24h), ["low24h"] = Number(t.Low24h), ["change24h"] = Number(t.Change24h),
        ["fundingRate"] = Number(MarketView.FundingRate), ["nextFundingTime"] = Ms(nextFunding), ["markPrice"] = Number(t.Mark),
        ["indexPrice"] = Number(t.Mark), ["holdingAmount"] = Number(t.OpenInterest), ["baseVolume"] = "0", ["quoteVolume"] = "0",
        ["openUtc"] = Number(t.Open24h), ["symbolType"] = 1, ["symbol"] = t.Symbol, ["deliveryPrice"] = "0", ["ts"] = Ms(t.Time),
    };

    public static object Book(IReadOnlyList<(decimal Price, decimal Size)> asks, IReadOnlyList<(decimal Price, decimal Size)> bids, long seq, DateTimeOffset now) => new
    {
        asks = asks.Select(l => new[] { Number(l.Price), Number(l.Size) }).ToList(),
        bids = bids.Select(l => new[] { Number(l.Price), Number(l.Size) }).ToList(),
        checksum = 0, seq, ts = Ms(now),
    };

    public static object Candle(DateTimeOffset start, decimal open, decimal high, decimal low, decimal close) =>
        new[] { Ms(start), Number(open), Number(high), Number(low), Number(close), "0", "0", "0" };

    public static object Trade(FillState f) => new { ts = Ms(f.Time), price = Number(f.Price), size = Number(f.Size), side = Lower(f.Direction), tradeId = f.TradeId };

    public static Dictionary<string, object?> Order(OrderSnapshot o)
    {
        var row = V2OrderJson.Order(o, "status");
        row.Remove("symbol");
        row["instId"] = o.Symbol;
        row["accBaseVolume"] = Number(o.FilledSize);
        row["fillPrice"] = o.FilledSize > 0 ? Number(o.AveragePrice) : "";
        row["reduceOnly"] = o.ReduceOnly ? "yes" : "no";
        row["pnl"] = Number(o.Profit);
        return row;
    }

    public static object Position(PositionSnapshot p) => new Dictionary<string, object?>
    {
        ["posId"] = $"{p.Symbol}-{Lower(p.Side)}", ["instId"] = p.Symbol, ["marginCoin"] = "USDT", ["marginSize"] = Number(p.Margin),
        ["marginMode"] = Lower(p.MarginMode), ["holdSide"] = Lower(p.Side), ["posMode"] = V2OrderJson.PosMode(p.Mode), ["total"] = Number(p.Size),
        ["available"] = Number(p.Available), ["frozen"] = Number(p.Locked), ["openPriceAvg"] = Number(p.EntryPrice), ["leverage"] = p.Leverage,
        ["achievedProfits"] = Number(p.AchievedProfits), ["unrealizedPL"] = Number(p.UnrealizedPnl),
        ["unrealizedPLR"] = p.Margin > 0 ? Number(Math.Round(p.UnrealizedPnl / p.Margin, 6)) : "0", ["liquidationPrice"] = Number(p.LiquidationPrice),
        ["keepMarginRate"] = Number(p.MaintenanceMarginRate), ["marginRate"] = "0", ["totalFee"] = Number(-p.TotalFee),
        ["breakEvenPrice"] = Number(p.EntryPrice), ["markPrice"] = Number(p.MarkPrice), ["autoMargin"] = "off",
        ["cTime"] = Ms(p.Created), ["uTime"] = Ms(p.Updated),
    };

    public static object Account(AccountSnapshot a) => new Dictionary<string, object?>
    {
        ["marginCoin"] = "USDT", ["frozen"] = Number(a.Locked), ["available"] = Number(a.Available), ["maxOpenPosAvailable"] = Number(a.Available),
        ["maxTransferOut"] = Number(a.Available), ["equity"] = Number(a.Equity), ["usdtEquity"] = Number(a.Equity),
        ["crossedRiskRate"] = "0", ["unrealizedPL"] = Number(a.UnrealizedPnl),
    };
}
