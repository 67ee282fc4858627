using Bitget.Simulator.Accounts;
using Bitget.Simulator.Exchange;
using Bitget.Simulator.Orders;
using Bitget.Simulator.Wire;

namespace Bitget.Simulator.V2.Orders;

/// <summary>
/// Translates v2 order parameters (BITGET-API.md §7). One-way: <c>side</c> is the trade direction, <c>reduceOnly=YES</c>
/// only reduces, any <c>tradeSide</c> is refused with 40774. Hedge: <c>side</c> names the position and <c>tradeSide</c>
/// the action, so close long = buy + close (a sell trade).
/// </summary>
public static class V2OrderRequests
{
    public static OrderRequest Order(RequestArgs args, RequestArgs common, PositionMode mode, bool clientOidReusableWhenDone = true)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(common);
        var symbol = common.Required("symbol");
        common.Required("productType");
        common.Required("marginCoin");
        var marginMode = MarginModeOf(common.Required("marginMode"));
        var size = args.RequiredDecimal("size");
        var side = SideOf(args.Required("side"));
        var kind = args.Required("orderType") switch
        {
            "market" => OrderKind.Market,
            "limit" => OrderKind.Limit,
            _ => throw new BitgetErrorException("40020", "Parameter orderType error"),
        };
        var clientOid = args.Get("clientOid");
        if (clientOid is { Length: > 50 })
        {
            throw new OrderRejectedException(RejectReason.InvalidClientOid);
        }

        var (direction, action, positionSide) = Semantics(mode, side, args.Get("tradeSide"), args.Get("reduceOnly"));
        return new OrderRequest(symbol, direction, action, positionSide, kind, size, args.Decimal("price"), clientOid, marginMode,
            args.Decimal("presetStopSurplusPrice"), args.Decimal("presetStopLossPrice"), ClientOidReusableWhenDone: clientOidReusableWhenDone);
    }

    public static (OrderSide Direction, OrderAction Action, PositionSide? PositionSide) Semantics(PositionMode mode, OrderSide side, string? tradeSide, string? reduceOnly)
    {
        if (mode == PositionMode.OneWay)
        {
            if (tradeSide is not null)
            {
                throw new OrderRejectedException(RejectReason.HedgeParametersOnOneWay);
            }

            var reduce = string.Equals(reduceOnly, "YES", StringComparison.OrdinalIgnoreCase);
            return (side, reduce ? OrderAction.Reduce : OrderAction.Net, null);
        }

        var position = side == OrderSide.Buy ? PositionSide.Long : PositionSide.Short;
        return tradeSide?.ToLowerInvariant() switch
        {
            "open" => (side, OrderAction.Open, position),
            "close" => (side == OrderSide.Buy ? OrderSide.Sell : OrderSide.Buy, OrderAction.Close, position),
            null => throw new OrderRejectedException(RejectReason.WrongPositionType),
            _ => throw new BitgetErrorException("40020", "Parameter tradeSide error"),
        };
    }

    public static PlanRequest Plan(RequestArgs args, PositionMode mode)
    {
        ArgumentNullException.ThrowIfNull(args);
        var symbol = args.Required("symbol");
        args.Required("productType");
        args.Required("marginCoin");
        var type = args.Required("planType") switch
        {
            "profit_plan" => PlanType.ProfitPlan,
            "loss_plan" => PlanType.LossPlan,
            "pos_profit" => PlanType.PositionProfit,
            "pos_loss" => PlanType.PositionLoss,
            _ => throw new BitgetErrorException("40020", "Parameter planType error"),
        };
        var size = type is PlanType.ProfitPlan or PlanType.LossPlan ? args.RequiredDecimal("size") : (decimal?)null;
        return new PlanRequest(symbol, type, HoldSide(args.Required("holdSide"), mode), args.RequiredDecimal("triggerPrice"),
            args.Get("triggerType") != "fill_price", size, args.Get("clientOid"));
    }

    /// <summary>Plan <c>holdSide</c>: <c>long</c>/<c>short</c> in hedge mode, <c>buy</c>/<c>sell</c> (the position's side) in one-way mode.</summary>
    public static PositionSide HoldSide(string holdSide, PositionMode mode) => (mode, holdSide) switch
    {
        (PositionMode.Hedge, "long") or (PositionMode.OneWay, "buy") => PositionSide.Long,
        (PositionMode.Hedge, "short") or (PositionMode.OneWay, "sell") => PositionSide.Short,
        (PositionMode.OneWay, "long" or "short") => throw new OrderRejectedException(RejectReason.HedgeParametersOnOneWay),
        _ => throw new BitgetErrorException("40020", "Parameter holdSide error"),
    };

    public static OrderSide SideOf(string side) => side switch
    {
        "buy" => OrderSide.Buy,
        "sell" => OrderSide.Sell,
        _ => throw new BitgetErrorException("40020", "Parameter side error"),
    };

    private static MarginMode MarginModeOf(string value) => value switch
    {
        "crossed" => MarginMode.Crossed,
        "isolated" => MarginMode.Isolated,
        _ => throw new BitgetErrorException("40020", "Parameter marginMode error"),
    };
}
