using Bitget.Simulator.Accounts;
using Bitget.Simulator.Exchange;
using Bitget.Simulator.Market;
using Bitget.Simulator.Orders;
using Bitget.Simulator.Signing;
using Bitget.Simulator.V2.Orders;
using Bitget.Simulator.Wire;
using static Bitget.Simulator.Wire.WireFormat;

namespace Bitget.Simulator.V2.Account;

/// <summary>Private v2 account and position routes (<c>/api/v2/mix/account</c>, <c>/api/v2/mix/position</c>).</summary>
public static class V2AccountEndpoints
{
    public static IEndpointRouteBuilder MapV2Accounts(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v2/mix/account/accounts", (HttpContext c, SimulatedExchange e) =>
            Envelope.Ok(ProductTypes.IsUsdtFutures(RequestArgs.From(c).Required("productType")) ? new[] { Account(e, Caller.ApiKey(c)) } : []));
        app.MapGet("/api/v2/mix/account/account", (HttpContext c, SimulatedExchange e, MarketView m) =>
        {
            var args = RequestArgs.From(c);
            m.Contract(args.Required("symbol"));
            args.Required("marginCoin");
            ProductTypes.IsUsdtFutures(args.Required("productType"));
            return Envelope.Ok(Account(e, Caller.ApiKey(c)));
        });
        app.MapGet("/api/v2/mix/position/all-position", (HttpContext c, SimulatedExchange e) =>
            Envelope.Ok(ProductTypes.IsUsdtFutures(RequestArgs.From(c).Required("productType")) ? Positions(e, Caller.ApiKey(c), null) : []));
        app.MapGet("/api/v2/mix/position/single-position", (HttpContext c, SimulatedExchange e, MarketView m) =>
        {
            var args = RequestArgs.From(c);
            var symbol = m.Contract(args.Required("symbol")).Symbol;
            args.Required("marginCoin");
            ProductTypes.IsUsdtFutures(args.Required("productType"));
            return Envelope.Ok(Positions(e, Caller.ApiKey(c), symbol));
        });
        app.MapGet("/api/v2/mix/position/history-position", (HttpContext c, SimulatedExchange e) =>
        {
            var args = RequestArgs.From(c);
            var closed = e.ClosedPositions(Caller.ApiKey(c)).Where(p => args.Get("symbol") is not { } s || p.Symbol == s)
                .OrderByDescending(p => p.Updated).Take(args.Int("limit", 20, 100)).ToList();
            return Envelope.Ok(new { list = closed.Select(ClosedJson).ToList(), endId = closed.LastOrDefault()?.PositionId });
        });
        V2AccountSettingsEndpoints.Map(app);
        return app;
    }

    private static object ClosedJson(ClosedPosition p) => new
    {
        positionId = p.PositionId, marginCoin = "USDT", symbol = p.Symbol, holdSide = Lower(p.Side), openAvgPrice = Number(p.OpenAveragePrice),
        closeAvgPrice = Number(p.CloseAveragePrice), marginMode = Lower(p.MarginMode), openTotalPos = Number(p.OpenedSize),
        closeTotalPos = Number(p.ClosedSize), pnl = Number(p.Pnl), netProfit = Number(p.Pnl - p.OpenFee - p.CloseFee), totalFunding = "0",
        openFee = Number(-p.OpenFee), closeFee = Number(-p.CloseFee), posMode = V2OrderJson.PosMode(p.Mode), ctime = Ms(p.Created), utime = Ms(p.Updated),
    };

    private static Dictionary<string, object?> Account(SimulatedExchange exchange, string apiKey)
    {
        var a = exchange.Account(apiKey);
        var btc = exchange.Contracts.Any(c => c.Symbol == "BTCUSDT") ? exchange.Prices.Last("BTCUSDT") : 0m;
        var leverage = decimal.ToInt32(a.Leverage);
        return new Dictionary<string, object?>
        {
            ["marginCoin"] = "USDT", ["locked"] = Number(a.Locked), ["available"] = Number(a.Available),
            ["crossedMaxAvailable"] = Number(a.Available), ["isolatedMaxAvailable"] = Number(a.Available),
            ["maxTransferOut"] = Number(a.Available), ["accountEquity"] = Number(a.Equity), ["usdtEquity"] = Number(a.Equity),
            ["btcEquity"] = btc > 0 ? Number(Math.Round(a.Equity / btc, 12)) : "0",
            ["crossedRiskRate"] = a.Equity > 0 ? Number(Math.Round(a.PositionMargin * 0.04m / a.Equity, 6)) : "0",
            ["crossedMarginLeverage"] = leverage, ["isolatedLongLever"] = leverage, ["isolatedShortLever"] = leverage,
            ["marginMode"] = Lower(a.MarginMode), ["posMode"] = V2OrderJson.PosMode(a.PositionMode),
            ["unrealizedPL"] = Number(a.UnrealizedPnl), ["coupon"] = "0", ["crossedUnrealizedPL"] = Number(a.UnrealizedPnl),
            ["isolatedUnrealizedPL"] = "", ["grant"] = "", ["assetMode"] = "single", ["isolatedMargin"] = null, ["crossedMargin"] = null,
        };
    }

    private static List<Dictionary<string, object?>> Positions(SimulatedExchange exchange, string apiKey, string? symbol)
    {
        var plans = exchange.PlanOrders(apiKey).Where(p => p.Status == PlanStatus.Live && p.Size is null).ToList();
        var orders = exchange.Orders(apiKey).Where(o => o.Status == OrderStatus.Live && o.Action is OrderAction.Open or OrderAction.Net).ToList();
        return exchange.Positions(apiKey).Where(p => symbol is null || p.Symbol == symbol).Select(p =>
        {
            var tp = plans.FirstOrDefault(x => x.Symbol == p.Symbol && x.PositionSide == p.Side && x.IsTakeProfit);
            var sl = plans.FirstOrDefault(x => x.Symbol == p.Symbol && x.PositionSide == p.Side && !x.IsTakeProfit);
            var delegated = orders.Where(o => o.Symbol == p.Symbol && o.Direction == (p.Side == PositionSide.Long ? OrderSide.Buy : OrderSide.Sell)).Sum(o => o.Size);
            var breakEven = p.Side == PositionSide.Long ? p.EntryPrice + p.TotalFee / p.Size : p.EntryPrice - p.TotalFee / p.Size;
            return new Dictionary<string, object?>
            {
                ["marginCoin"] = "USDT", ["symbol"] = p.Symbol, ["holdSide"] = Lower(p.Side), ["openDelegateSize"] = Number(delegated),
                ["marginSize"] = Number(p.Margin), ["available"] = Number(p.Available), ["locked"] = Number(p.Locked), ["total"] = Number(p.Size),
                ["leverage"] = Number(p.Leverage), ["achievedProfits"] = Number(p.AchievedProfits), ["openPriceAvg"] = Number(p.EntryPrice),
                ["marginMode"] = Lower(p.MarginMode), ["posMode"] = V2OrderJson.PosMode(p.Mode), ["unrealizedPL"] = Number(p.UnrealizedPnl),
                ["liquidationPrice"] = Number(p.LiquidationPrice), ["keepMarginRate"] = Number(p.MaintenanceMarginRate),
                ["markPrice"] = Number(p.MarkPrice),
                ["marginRatio"] = p.Margin > 0 ? Number(Math.Round(p.MaintenanceMarginRate * p.Size * p.MarkPrice / (p.Margin + p.UnrealizedPnl + 1e-12m), 12)) : "0",
                ["breakEvenPrice"] = Number(breakEven), ["totalFee"] = Number(-p.TotalFee), ["deductedFee"] = "0",
                ["takeProfit"] = tp is null ? "" : Number(tp.TriggerPrice), ["stopLoss"] = sl is null ? "" : Number(sl.TriggerPrice),
                ["takeProfitId"] = tp?.OrderId ?? "", ["stopLossId"] = sl?.OrderId ?? "", ["assetMode"] = "single", ["autoMargin"] = "off",
                ["cTime"] = Ms(p.Created), ["uTime"] = Ms(p.Updated),
            };
        }).ToList();
    }
}
