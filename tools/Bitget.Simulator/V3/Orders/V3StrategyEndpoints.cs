using Bitget.Simulator.Accounts;
using Bitget.Simulator.Exchange;
using Bitget.Simulator.Orders;
using Bitget.Simulator.Signing;
using Bitget.Simulator.Wire;

namespace Bitget.Simulator.V3.Orders;

/// <summary>
/// v3 TP/SL strategy orders. A request with both <c>takeProfit</c> and <c>stopLoss</c> books two plans: the take-profit
/// carries the given clientOid and its id is returned; the stop-loss gets its own ids. <c>tpslMode=partial</c> needs <c>qty</c>.
/// A full (whole-position) one is refused with 25594 while the position side has one already. A modify moves one plan's
/// trigger in place (same ids); since the two halves of a TP + SL order are separate plans here, it changes the plan it
/// names only, and a trigger for the other half is refused.
/// </summary>
public static class V3StrategyEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapPost("/place-strategy-order", Place);
        group.MapGet("/unfilled-strategy-orders", (HttpContext c, SimulatedExchange e) =>
        {
            var args = RequestArgs.From(c);
            V3Categories.IsUsdtFutures(args);
            return Envelope.Ok(e.PlanOrders(Caller.ApiKey(c)).Where(p => p.Status == PlanStatus.Live && (args.Get("symbol") is not { } s || p.Symbol == s))
                .Select(V3OrderJson.Strategy).ToList());
        });
        group.MapPost("/modify-strategy-order", Modify);
        group.MapPost("/cancel-strategy-order", (HttpContext c, SimulatedExchange e) =>
        {
            var args = RequestArgs.From(c);
            var orderId = args.Get("orderId");
            e.CancelPlan(Caller.ApiKey(c), orderId, orderId is null ? args.Required("clientOid") : null);
            return Envelope.Ok(null);
        });
    }

    private static Envelope Modify(HttpContext context, SimulatedExchange exchange)
    {
        var args = RequestArgs.From(context);
        var orderId = args.Get("orderId");
        var takeProfit = args.Decimal("takeProfit");
        var stopLoss = args.Decimal("stopLoss");
        if (takeProfit is null && stopLoss is null)
        {
            throw new BitgetErrorException("40019", "Parameter stopLoss cannot be empty");
        }

        var triggerBy = (stopLoss is null ? args.Get("tpTriggerBy") : args.Get("slTriggerBy")) is { } by ? by == "mark" : (bool?)null;
        var plan = exchange.ModifyPlan(Caller.ApiKey(context), new PlanChange(orderId, orderId is null ? args.Required("clientOid") : null, takeProfit, stopLoss, triggerBy, args.Decimal("qty")));
        return Envelope.Ok(new { orderId = plan.OrderId, clientOid = plan.ClientOid });
    }

    private static PositionSide PosSide(string posSide) => posSide switch
    {
        "long" => PositionSide.Long,
        "short" => PositionSide.Short,
        _ => throw new BitgetErrorException("40020", "Parameter posSide error"),
    };

    private static Envelope Place(HttpContext context, SimulatedExchange exchange)
    {
        var key = Caller.ApiKey(context);
        var args = RequestArgs.From(context);
        V3Categories.IsUsdtFutures(args);
        var symbol = args.Required("symbol");
        if (args.Get("type") is { } type && type != "tpsl")
        {
            throw new BitgetErrorException("40020", "Parameter type error");
        }

        var side = PosSide(args.Required("posSide"));
        var partial = args.Get("tpslMode") == "partial";
        var qty = partial ? args.RequiredDecimal("qty") : (decimal?)null;
        var clientOid = V3OrderRequests.ClientOid(args.Get("clientOid"));
        var takeProfit = args.Decimal("takeProfit");
        var stopLoss = args.Decimal("stopLoss") ?? (takeProfit is null ? throw new BitgetErrorException("40019", "Parameter stopLoss cannot be empty") : null);
        var tp = takeProfit is { } tpPrice
            ? new PlanRequest(symbol, partial ? PlanType.ProfitPlan : PlanType.PositionProfit, side, tpPrice, args.Get("tpTriggerBy") == "mark", qty, clientOid)
            : null;
        var sl = stopLoss is { } slPrice
            ? new PlanRequest(symbol, partial ? PlanType.LossPlan : PlanType.PositionLoss, side, slPrice, args.Get("slTriggerBy") == "mark", qty, tp is null ? clientOid : null)
            : null;
        var first = exchange.PlaceStrategy(key, tp, sl)[0];
        return Envelope.Ok(new { orderId = first.OrderId, clientOid = first.ClientOid });
    }
}
