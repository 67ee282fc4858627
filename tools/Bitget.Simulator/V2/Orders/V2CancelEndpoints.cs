using System.Text.Json;
using Bitget.Simulator.Exchange;
using Bitget.Simulator.Market;
using Bitget.Simulator.Orders;
using Bitget.Simulator.Signing;
using Bitget.Simulator.Wire;

namespace Bitget.Simulator.V2.Orders;

/// <summary>v2 cancel routes: <c>cancel-order</c>, <c>batch-cancel-orders</c> (a list, or every order of a symbol) and <c>cancel-all-orders</c>.</summary>
public static class V2CancelEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapPost("/cancel-order", (HttpContext c, SimulatedExchange e) =>
        {
            var args = RequestArgs.From(c);
            args.Required("symbol");
            args.Required("productType");
            var order = e.CancelOrder(Caller.ApiKey(c), args.Get("orderId"), V2OrderEndpoints.IdOrClientOid(args));
            return Envelope.Ok(new { orderId = order.OrderId, clientOid = order.ClientOid });
        });
        group.MapPost("/batch-cancel-orders", BatchCancel);
        group.MapPost("/cancel-all-orders", (HttpContext c, SimulatedExchange e) =>
        {
            var args = RequestArgs.From(c);
            var cancelled = ProductTypes.IsUsdtFutures(args.Required("productType")) ? e.CancelAll(Caller.ApiKey(c), null) : [];
            return Envelope.Ok(new { successList = cancelled.Select(o => new { orderId = o.OrderId, clientOid = o.ClientOid }).ToList(), failureList = Array.Empty<object>() });
        });
    }

    private static Envelope BatchCancel(HttpContext context, SimulatedExchange exchange)
    {
        var key = Caller.ApiKey(context);
        var args = RequestArgs.From(context);
        ProductTypes.IsUsdtFutures(args.Required("productType"));
        var body = RequestBody.Json(context);
        if (!body.TryGetProperty("orderIdList", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            var all = exchange.CancelAll(key, args.Get("symbol"));
            return Envelope.Ok(new { successList = all.Select(o => new { orderId = o.OrderId, clientOid = o.ClientOid }).ToList(), failureList = Array.Empty<object>() });
        }

        args.Required("symbol");
        var success = new List<object>();
        var failure = new List<object>();
        foreach (var item in list.EnumerateArray().Select(RequestArgs.FromElement))
        {
            try
            {
                var order = exchange.CancelOrder(key, item.Get("orderId"), item.Get("orderId") is null ? item.Get("clientOid") : null);
                success.Add(new { orderId = order.OrderId, clientOid = order.ClientOid });
            }
            catch (OrderRejectedException rejection)
            {
                var error = V2Rejections.ToError(rejection);
                failure.Add(new { orderId = item.Get("orderId") ?? "", clientOid = item.Get("clientOid") ?? "", errorMsg = error.Message, errorCode = error.Code });
            }
        }

        return Envelope.Ok(new { successList = success, failureList = failure });
    }
}
