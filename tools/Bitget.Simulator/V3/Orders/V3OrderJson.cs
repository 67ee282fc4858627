using Bitget.Simulator.Accounts;
using Bitget.Simulator.Orders;
using static Bitget.Simulator.Wire.WireFormat;

namespace Bitget.Simulator.V3.Orders;

/// <summary>Orders, fills and strategy orders in v3's words (<c>qty</c>, <c>cumExecQty</c>, <c>orderStatus</c>, <c>posSide</c>).</summary>
public static class V3OrderJson
{
    public static Dictionary<string, object?> Order(OrderSnapshot o) => new()
    {
        ["orderId"] = o.OrderId, ["clientOid"] = o.ClientOid, ["category"] = "USDT-FUTURES", ["symbol"] = o.Symbol,
        ["orderType"] = Lower(o.Kind), ["side"] = Lower(o.Direction), ["price"] = o.Kind == OrderKind.Market ? "0" : Number(o.Price),
        ["qty"] = Number(o.Size), ["amount"] = "0", ["cumExecQty"] = Number(o.FilledSize), ["cumExecValue"] = Number(o.FilledSize * o.AveragePrice),
        ["avgPrice"] = Number(o.AveragePrice), ["timeInForce"] = "gtc", ["orderStatus"] = Status(o.Status),
        ["posSide"] = PosSide(o), ["holdMode"] = o.Mode == PositionMode.Hedge ? "hedge_mode" : "one_way_mode",
        ["tradeSide"] = o.ReduceOnly ? "close" : "open", ["reduceOnly"] = o.ReduceOnly ? "YES" : "NO", ["marginMode"] = Lower(o.MarginMode),
        ["stpMode"] = "none", ["takeProfit"] = Number(o.PresetTakeProfit), ["stopLoss"] = Number(o.PresetStopLoss), ["tpTriggerBy"] = "",
        ["slTriggerBy"] = "", ["tpOrderType"] = "", ["slOrderType"] = "", ["tpLimitPrice"] = "", ["slLimitPrice"] = "",
        ["feeDetail"] = new[] { new { feeCoin = "USDT", fee = Number(o.Fee) } },
        ["cancelReason"] = o.Status == OrderStatus.Canceled ? "normal_cancel" : "", ["execType"] = "",
        ["createdTime"] = Ms(o.Created), ["updatedTime"] = Ms(o.Updated),
    };

    public static object Fill(FillState f) => new
    {
        execId = f.TradeId, orderId = f.OrderId, category = "USDT-FUTURES", symbol = f.Symbol, side = Lower(f.Direction),
        execPrice = Number(f.Price), execQty = Number(f.Size), execValue = Number(f.Price * f.Size), tradeScope = f.Taker ? "taker" : "maker",
        tradeSide = f.Action is OrderAction.Close or OrderAction.Reduce ? "close" : "open",
        feeDetail = new[] { new { feeCoin = "USDT", fee = Number(f.Fee) } }, execPnl = Number(f.Profit), isRPI = "no", createdTime = Ms(f.Time),
    };

    public static object Strategy(PlanOrderState p) => new
    {
        orderId = p.OrderId, clientOid = p.ClientOid, category = "USDT-FUTURES", symbol = p.Symbol, qty = Number(p.Size),
        posSide = Lower(p.PositionSide), status = p.Status switch { PlanStatus.Live => "pending", PlanStatus.Executed => "success", _ => "cancelled" },
        tpTriggerBy = p.IsTakeProfit ? TriggerBy(p) : "", slTriggerBy = p.IsTakeProfit ? "" : TriggerBy(p),
        takeProfit = p.IsTakeProfit ? Number(p.TriggerPrice) : "", stopLoss = p.IsTakeProfit ? "" : Number(p.TriggerPrice),
        tpOrderType = p.IsTakeProfit ? "market" : "", slOrderType = p.IsTakeProfit ? "" : "market", tpLimitPrice = "", slLimitPrice = "",
        createdTime = Ms(p.Created), updatedTime = Ms(p.Created),
    };

    private static string TriggerBy(PlanOrderState p) => p.TriggerOnMark ? "mark" : "market";

    private static string PosSide(OrderSnapshot o) =>
        Lower(o.PositionSide ?? ((o.Direction == OrderSide.Buy) != o.ReduceOnly ? PositionSide.Long : PositionSide.Short));

    private static string Status(OrderStatus status) => status switch
    {
        OrderStatus.Live => "live",
        OrderStatus.Filled => "filled",
        _ => "cancelled",
    };
}
