using Bitget.Simulator.Accounts;
using Bitget.Simulator.Exchange;
using Bitget.Simulator.Orders;
using Bitget.Simulator.Signing;
using Bitget.Simulator.Wire;

namespace Bitget.Simulator.V2.Orders;

/// <summary>v2 TP/SL routes: <c>place-tpsl-order</c> (one plan) and <c>place-pos-tpsl</c> (whole-position TP and/or SL).</summary>
public static class V2PlanEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapPost("/place-tpsl-order", (HttpContext c, SimulatedExchange e) =>
        {
            var key = Caller.ApiKey(c);
            var plan = e.PlacePlan(key, V2OrderRequests.Plan(RequestArgs.From(c), e.ModeOf(key)));
            return Envelope.Ok(new { orderId = plan.OrderId, clientOid = plan.ClientOid });
        });
        group.MapPost("/place-pos-tpsl", PositionTpsl);
        group.MapGet("/orders-plan-pending", PendingPlans);
        group.MapPost("/cancel-plan-order", CancelPlans);
    }

    private static Envelope PendingPlans(HttpContext context, SimulatedExchange exchange)
    {
        var key = Caller.ApiKey(context);
        var args = RequestArgs.From(context);
        args.Required("productType");
        if (args.Required("planType") != "profit_loss")
        {
            return Envelope.Ok(new { entrustedList = (object?)null, endId = (string?)null });
        }

        var mode = exchange.ModeOf(key);
        var plans = exchange.PlanOrders(key).Where(p => p.Status == PlanStatus.Live && (args.Get("symbol") is not { } s || p.Symbol == s)).ToList();
        return Envelope.Ok(new
        {
            entrustedList = plans.Count == 0 ? null : plans.Select(p => V2PlanJson.Plan(p, mode)).ToList(),
            endId = plans.LastOrDefault()?.OrderId,
        });
    }

    private static Envelope CancelPlans(HttpContext context, SimulatedExchange exchange)
    {
        var key = Caller.ApiKey(context);
        var args = RequestArgs.From(context);
        args.Required("productType");
        var body = RequestBody.Json(context);
        var targets = body.TryGetProperty("orderIdList", out var list) && list.ValueKind == System.Text.Json.JsonValueKind.Array
            ? list.EnumerateArray().Select(RequestArgs.FromElement).Select(i => (i.Get("orderId"), i.Get("orderId") is null ? i.Get("clientOid") : null)).ToList()
            : exchange.PlanOrders(key).Where(p => p.Status == PlanStatus.Live && (args.Get("symbol") is not { } s || p.Symbol == s))
                .Select(p => ((string?)p.OrderId, (string?)null)).ToList();
        var success = new List<object>();
        var failure = new List<object>();
        foreach (var (orderId, clientOid) in targets)
        {
            try
            {
                var plan = exchange.CancelPlan(key, orderId, clientOid);
                success.Add(new { orderId = plan.OrderId, clientOid = plan.ClientOid });
            }
            catch (OrderRejectedException rejection)
            {
                var error = V2Rejections.ToError(rejection);
                failure.Add(new { orderId = orderId ?? "", clientOid = clientOid ?? "", errorMsg = error.Message, errorCode = error.Code });
            }
        }

        return Envelope.Ok(new { successList = success, failureList = failure });
    }

    private static Envelope PositionTpsl(HttpContext context, SimulatedExchange exchange)
    {
        var key = Caller.ApiKey(context);
        var args = RequestArgs.From(context);
        var symbol = args.Required("symbol");
        args.Required("productType");
        args.Required("marginCoin");
        var side = V2OrderRequests.HoldSide(args.Required("holdSide"), exchange.ModeOf(key));
        var takeProfit = args.Decimal("stopSurplusTriggerPrice");
        var stopLoss = args.Decimal("stopLossTriggerPrice");
        if (takeProfit is null && stopLoss is null)
        {
            throw new BitgetErrorException("40019", "Parameter stopLossTriggerPrice cannot be empty");
        }

        PlanOrderState? tp = null, sl = null;
        if (takeProfit is { } tpPrice)
        {
            var size = args.Decimal("stopSurplusSize");
            tp = exchange.PlacePlan(key, new PlanRequest(symbol, size is null ? PlanType.PositionProfit : PlanType.ProfitPlan, side, tpPrice,
                args.Get("stopSurplusTriggerType") != "fill_price", size, args.Get("stopSurplusClientOid")));
        }

        if (stopLoss is { } slPrice)
        {
            var size = args.Decimal("stopLossSize");
            try
            {
                sl = exchange.PlacePlan(key, new PlanRequest(symbol, size is null ? PlanType.PositionLoss : PlanType.LossPlan, side, slPrice,
                    args.Get("stopLossTriggerType") != "fill_price", size, args.Get("stopLossClientOid")));
            }
            catch (OrderRejectedException) when (tp is not null)
            {
                exchange.CancelPlan(key, tp.OrderId, null);
                throw;
            }
        }

        return Envelope.Ok(new[]
        {
            new { orderId = (sl ?? tp)!.OrderId, stopSurplusClientOid = tp?.ClientOid ?? "", stopLossClientOid = sl?.ClientOid ?? "" },
        });
    }
}
