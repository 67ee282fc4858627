using Bitget.Simulator.Accounts;
using Bitget.Simulator.Orders;
using static Bitget.Simulator.Wire.WireFormat;

namespace Bitget.Simulator.V2.Orders;

/// <summary>
/// Orders and fills in v2's words. In hedge mode <c>side</c> names the position (close long = buy + close); in one-way
/// mode it is the trade direction and <c>tradeSide</c> shows Bitget's <c>buy_single</c>/<c>sell_single</c>.
/// </summary>
public static class V2OrderJson
{
    public static string Side(OrderSnapshot o) => o.Mode == PositionMode.Hedge
        ? (o.PositionSide == PositionSide.Long ? "buy" : "sell")
        : Lower(o.Direction);

    public static string TradeSide(PositionMode mode, OrderAction action, OrderSide direction) => mode == PositionMode.Hedge
        ? (action == OrderAction.Open ? "open" : "close")
        : $"{Lower(direction)}_single";

    public static string PosMode(PositionMode mode) => mode == PositionMode.Hedge ? "hedge_mode" : "one_way_mode";

    public static string Status(OrderStatus status) => status switch
    {
        OrderStatus.Live => "live",
        OrderStatus.Filled => "filled",
        _ => "canceled",
    };

    public static Dictionary<string, object?> Order(OrderSnapshot o, string statusField)
    {
        return new Dictionary<string, object?>
        {
            ["symbol"] = o.Symbol, ["size"] = Number(o.Size), ["orderId"] = o.OrderId, ["clientOid"] = o.ClientOid,
            ["baseVolume"] = Number(o.FilledSize), ["fee"] = Number(-o.Fee), ["price"] = o.Kind == OrderKind.Market ? "" : Number(o.Price),
            ["priceAvg"] = o.FilledSize > 0 ? Number(o.AveragePrice) : "", [statusField] = Status(o.Status), ["side"] = Side(o),
            ["force"] = "gtc", ["totalProfits"] = Number(o.Profit),
            ["posSide"] = o.Mode == PositionMode.Hedge ? Lower(o.PositionSide!.Value) : "net", ["marginCoin"] = "USDT",
            ["presetStopSurplusPrice"] = Number(o.PresetTakeProfit), ["presetStopLossPrice"] = Number(o.PresetStopLoss),
            ["quoteVolume"] = Number(o.FilledSize * o.AveragePrice), ["orderType"] = Lower(o.Kind), ["leverage"] = Number(o.Leverage),
            ["marginMode"] = Lower(o.MarginMode), ["reduceOnly"] = o.ReduceOnly ? "YES" : "NO", ["enterPointSource"] = o.Source,
            ["tradeSide"] = TradeSide(o.Mode, o.Action, o.Direction), ["posMode"] = PosMode(o.Mode),
            ["orderSource"] = o.Kind == OrderKind.Market ? "market" : "normal",
            ["cancelReason"] = o.Status == OrderStatus.Canceled ? "normal_cancel" : "", ["cTime"] = Ms(o.Created), ["uTime"] = Ms(o.Updated),
        };
    }

    public static object Fill(FillState f) => new
    {
        tradeId = f.TradeId, symbol = f.Symbol, orderId = f.OrderId, price = Number(f.Price), baseVolume = Number(f.Size),
        feeDetail = new[] { new { deduction = "no", feeCoin = "USDT", totalDeductionFee = (string?)null, totalFee = Number(-f.Fee) } },
        side = f.Mode == PositionMode.Hedge ? (f.PositionSide == PositionSide.Long ? "buy" : "sell") : Lower(f.Direction),
        quoteVolume = Number(f.Price * f.Size), profit = Number(f.Profit), enterPointSource = "api",
        tradeSide = TradeSide(f.Mode, f.Action, f.Direction), posMode = PosMode(f.Mode), tradeScope = f.Taker ? "taker" : "maker", cTime = Ms(f.Time),
    };
}
