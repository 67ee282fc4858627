using Bitget.Simulator.Accounts;
using Bitget.Simulator.Exchange;
using Bitget.Simulator.Market;
using Bitget.Simulator.Orders;
using Bitget.Simulator.V2.Orders;
using Bitget.Simulator.V3.Orders;
using static Bitget.Simulator.Wire.WireFormat;

namespace Bitget.Simulator.Streams;

/// <summary>
/// v3 push rows, in the field names of Bitget's UTA WebSocket docs: the ticker omits its symbol (it is in <c>arg</c>),
/// positions say <c>size</c>/<c>liqPrice</c>, orders say <c>holdSide</c> and lower-case <c>category</c>.
/// </summary>
internal static class V3StreamJson
{
    public static object Ticker(TickerStats t, DateTimeOffset nextFunding) => new Dictionary<string, object?>
    {
        ["lastPrice"] = Number(t.Last), ["bid1Price"] = Number(t.Bid), ["ask1Price"] = Number(t.Ask), ["bid1Size"] = "1", ["ask1Size"] = "1",
        ["openPrice24h"] = Number(t.Open24h), ["highPrice24h"] = Number(t.High24h), ["lowPrice24h"] = Number(t.Low24h),
        ["price24hPcnt"] = Number(t.Change24h), ["volume24h"] = "0", ["turnover24h"] = "0", ["indexPrice"] = Number(t.Mark),
        ["markPrice"] = Number(t.Mark), ["fundingRate"] = Number(MarketView.FundingRate), ["nextFundingTime"] = Ms(nextFunding),
        ["openInterest"] = Number(t.OpenInterest),
    };

    public static object Book(IReadOnlyList<(decimal Price, decimal Size)> asks, IReadOnlyList<(decimal Price, decimal Size)> bids, long seq, DateTimeOffset now) => new
    {
        a = asks.Select(l => new[] { Number(l.Price), Number(l.Size) }).ToList(),
        b = bids.Select(l => new[] { Number(l.Price), Number(l.Size) }).ToList(),
        seq, pseq = seq - 1, ts = Ms(now),
    };

    public static object Candle(DateTimeOffset start, decimal open, decimal high, decimal low, decimal close) => new
    {
        start = Ms(start), open = Number(open), high = Number(high), low = Number(low), close = Number(close), volume = "0", turnover = "0",
    };

    public static object Trade(FillState f) => new { i = f.TradeId, p = Number(f.Price), v = Number(f.Size), S = Lower(f.Direction), T = Ms(f.Time), isRPI = "no" };

    public static Dictionary<string, object?> Order(OrderSnapshot o)
    {
        var row = V3OrderJson.Order(o);
        row["category"] = "usdt-futures";
        row["holdSide"] = row["posSide"];
        row.Remove("posSide");
        row["reduceOnly"] = o.ReduceOnly ? "yes" : "no";
        row["leverage"] = Number(o.Leverage);
        return row;
    }

    public static object Position(PositionSnapshot p, bool ended = false) => new Dictionary<string, object?>
    {
        ["symbol"] = p.Symbol, ["marginCoin"] = "USDT", ["posSide"] = Lower(p.Side), ["holdMode"] = V2OrderJson.PosMode(p.Mode),
        ["marginMode"] = Lower(p.MarginMode), ["size"] = ended ? "0" : Number(p.Size), ["available"] = ended ? "0" : Number(p.Available),
        ["frozen"] = ended ? "0" : Number(p.Locked), ["leverage"] = Number(p.Leverage), ["avgPrice"] = Number(p.EntryPrice),
        ["marginSize"] = ended ? "0" : Number(p.Margin), ["liqPrice"] = ended ? "" : Number(p.LiquidationPrice),
        ["unrealisedPnl"] = ended ? "0" : Number(p.UnrealizedPnl), ["curRealisedPnl"] = Number(p.AchievedProfits), ["totalFundingFee"] = "0",
        ["markPrice"] = Number(p.MarkPrice), ["breakEvenPrice"] = Number(p.EntryPrice), ["mmr"] = Number(p.MaintenanceMarginRate),
        ["positionStatus"] = ended ? "ended" : "normal", ["createdTime"] = Ms(p.Created), ["updatedTime"] = Ms(p.Updated),
    };

    public static object Account(AccountSnapshot a) => new Dictionary<string, object?>
    {
        ["totalEquity"] = Number(a.Equity), ["effEquity"] = Number(a.Equity), ["unrealisedPnL"] = Number(a.UnrealizedPnl), ["mmr"] = "0",
        ["imr"] = Number(a.PositionMargin + a.Locked), ["mgnRatio"] = "0", ["positionMgnRatio"] = "0",
        ["coin"] = new[]
        {
            new Dictionary<string, object?>
            {
                ["coin"] = "USDT", ["equity"] = Number(a.Equity), ["balance"] = Number(a.Wallet), ["available"] = Number(a.Available),
                ["locked"] = Number(a.Locked), ["debts"] = "0", ["borrow"] = "0", ["usdValue"] = Number(a.Equity),
            },
        },
    };
}
