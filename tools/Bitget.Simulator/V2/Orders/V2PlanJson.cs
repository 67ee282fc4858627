using Bitget.Simulator.Accounts;
using Bitget.Simulator.Orders;
using static Bitget.Simulator.Wire.WireFormat;

namespace Bitget.Simulator.V2.Orders;

/// <summary>A TP/SL plan as <c>GET /api/v2/mix/order/orders-plan-pending?planType=profit_loss</c> lists it.</summary>
public static class V2PlanJson
{
    public static Dictionary<string, object?> Plan(PlanOrderState p, PositionMode mode) => new()
    {
        ["planType"] = p.Type switch
        {
            PlanType.ProfitPlan => "profit_plan",
            PlanType.LossPlan => "loss_plan",
            PlanType.PositionProfit => "pos_profit",
            _ => "pos_loss",
        },
        ["symbol"] = p.Symbol, ["size"] = Number(p.Size), ["orderId"] = p.OrderId, ["clientOid"] = p.ClientOid, ["price"] = "",
        ["executePrice"] = "0", ["callbackRatio"] = "", ["triggerPrice"] = Number(p.TriggerPrice),
        ["triggerType"] = p.TriggerOnMark ? "mark_price" : "fill_price", ["planStatus"] = "live",
        ["side"] = p.PositionSide == PositionSide.Long ? "buy" : "sell",
        ["posSide"] = mode == PositionMode.Hedge ? Lower(p.PositionSide) : "net", ["marginCoin"] = "USDT", ["marginMode"] = "crossed",
        ["enterPointSource"] = "API", ["tradeSide"] = mode == PositionMode.Hedge ? "close" : "", ["posMode"] = V2OrderJson.PosMode(mode),
        ["orderType"] = "market", ["orderSource"] = "normal", ["cTime"] = Ms(p.Created), ["uTime"] = Ms(p.Created),
        ["stopSurplusTriggerPrice"] = p.IsTakeProfit ? Number(p.TriggerPrice) : "", ["stopSurplusExecutePrice"] = "",
        ["stopSurplusTriggerType"] = p.IsTakeProfit ? "mark_price" : "", ["stopLossTriggerPrice"] = p.IsTakeProfit ? "" : Number(p.TriggerPrice),
        ["stopLossExecutePrice"] = "", ["stopLossTriggerType"] = p.IsTakeProfit ? "" : "mark_price",
    };
}
