using System.Globalization;
using System.Text.Json;
using Bitget.Simulator.Accounts;
using Bitget.Simulator.Exchange;
using Bitget.Simulator.Market;
using Bitget.Simulator.Orders;
using Bitget.Simulator.Signing;
using Bitget.Simulator.Wire;

namespace Bitget.Simulator.V2.Orders;

/// <summary>Private v2 order routes (<c>/api/v2/mix/order</c>).</summary>
public static class V2OrderEndpoints
{
    public static IEndpointRouteBuilder MapV2Orders(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v2/mix/order");
        group.MapPost("/place-order", (HttpContext c, SimulatedExchange e, SimulatorOptions o) =>
        {
            var key = Caller.ApiKey(c);
            var args = RequestArgs.From(c);
            var order = e.PlaceOrder(key, V2OrderRequests.Order(args, args, e.ModeOf(key), o.V2ClientOidUniqueWhilePendingOnly));
            return Envelope.Ok(new { orderId = order.ReplyOrderId, clientOid = order.ClientOid });
        });
        group.MapPost("/batch-place-order", BatchPlace);
        group.MapPost("/modify-order", (HttpContext c, SimulatedExchange e) =>
        {
            var args = RequestArgs.From(c);
            args.Required("symbol");
            args.Required("productType");
            var (size, price) = (args.Decimal("newSize"), args.Decimal("newPrice"));
            if (size is null != price is null)
            {
                throw new BitgetErrorException("40019", $"Parameter {(size is null ? "newSize" : "newPrice")} cannot be empty");
            }

            var order = e.ModifyOrder(Caller.ApiKey(c), args.Get("orderId"), IdOrClientOid(args), args.Required("newClientOid"), size, price);
            return Envelope.Ok(new { orderId = order.OrderId, clientOid = order.ClientOid });
        });
        group.MapPost("/close-positions", FlashClose);
        group.MapGet("/orders-pending", (HttpContext c, SimulatedExchange e) => List(c, e, live: true));
        group.MapGet("/orders-history", (HttpContext c, SimulatedExchange e) => List(c, e, live: false));
        group.MapGet("/detail", (HttpContext c, SimulatedExchange e) =>
        {
            var args = RequestArgs.From(c);
            args.Required("symbol");
            args.Required("productType");
            var order = e.FindOrder(Caller.ApiKey(c), args.Get("orderId"), IdOrClientOid(args))
                ?? throw new BitgetErrorException("40109", "The data of the order cannot be found, please confirm the order number");
            return Envelope.Ok(V2OrderJson.Order(order, "state"));
        });
        group.MapGet("/fills", Fills);
        group.MapGet("/fill-history", Fills);
        V2PlanEndpoints.Map(group);
        V2CancelEndpoints.Map(group);
        return app;
    }

    private static Envelope Fills(HttpContext context, SimulatedExchange exchange)
    {
        var args = RequestArgs.From(context);
        ProductTypes.IsUsdtFutures(args.Required("productType"));
        var fills = exchange.Fills(Caller.ApiKey(context))
            .Where(f => (args.Get("symbol") is not { } s || f.Symbol == s) && (args.Get("orderId") is not { } id || f.OrderId == id))
            .OrderByDescending(f => f.Time).Take(args.Int("limit", 100, 100)).ToList();
        return Envelope.Ok(new { fillList = fills.Select(V2OrderJson.Fill).ToList(), endId = fills.LastOrDefault()?.TradeId });
    }

    internal static string? IdOrClientOid(RequestArgs args) =>
        args.Get("orderId") is null ? args.Get("clientOid") ?? throw new BitgetErrorException("40019", "Parameter orderId cannot be empty") : null;

    private static Envelope BatchPlace(HttpContext context, SimulatedExchange exchange, SimulatorOptions options)
    {
        var key = Caller.ApiKey(context);
        var common = RequestArgs.From(context);
        var body = RequestBody.Json(context);
        if (!body.TryGetProperty("orderList", out var list) || list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0)
        {
            throw new BitgetErrorException("40019", "Parameter orderList cannot be empty");
        }

        if (list.GetArrayLength() > 50)
        {
            throw V2Rejections.ToError(new OrderRejectedException(RejectReason.TooManyOrders));
        }

        var success = new List<object>();
        var failure = new List<object>();
        foreach (var item in list.EnumerateArray())
        {
            var args = RequestArgs.FromElement(item);
            try
            {
                var order = exchange.PlaceOrder(key, V2OrderRequests.Order(args, common, exchange.ModeOf(key), options.V2ClientOidUniqueWhilePendingOnly));
                success.Add(new { orderId = order.ReplyOrderId, clientOid = order.ClientOid });
            }
            catch (Exception ex) when (ex is OrderRejectedException or BitgetErrorException)
            {
                var error = ex as BitgetErrorException ?? V2Rejections.ToError((OrderRejectedException)ex);
                failure.Add(new { orderId = "", clientOid = args.Get("clientOid") ?? "", errorMsg = error.Message, errorCode = error.Code });
            }
        }

        return Envelope.Ok(new { successList = success, failureList = failure });
    }

    private static Envelope FlashClose(HttpContext context, SimulatedExchange exchange)
    {
        var key = Caller.ApiKey(context);
        var args = RequestArgs.From(context);
        ProductTypes.IsUsdtFutures(args.Required("productType"));
        PositionSide? side = args.Get("holdSide") switch
        {
            null => null,
            "long" => PositionSide.Long,
            "short" => PositionSide.Short,
            _ => throw new BitgetErrorException("40020", "Parameter holdSide error"),
        };
        var closed = exchange.FlashClose(key, args.Get("symbol"), side);
        return Envelope.Ok(new
        {
            successList = closed.Select(o => new { orderId = o.OrderId, clientOid = o.ClientOid, symbol = o.Symbol }).ToList(),
            failureList = Array.Empty<object>(),
        });
    }

    private static Envelope List(HttpContext context, SimulatedExchange exchange, bool live)
    {
        var args = RequestArgs.From(context);
        ProductTypes.IsUsdtFutures(args.Required("productType"));
        // Bitget's precedence: orderId > startTime/endTime > idLessThan, so a time bound makes idLessThan ignored.
        var before = args.Get("startTime") is null && args.Get("endTime") is null ? args.Decimal("idLessThan") : null;
        var orders = exchange.Orders(Caller.ApiKey(context))
            .Where(o => (o.Status == OrderStatus.Live) == live)
            .Where(o => (args.Get("symbol") is not { } s || o.Symbol == s) && (args.Get("orderId") is not { } id || o.OrderId == id)
                && (args.Get("clientOid") is not { } oid || o.ClientOid == oid) && (args.Time("startTime") is not { } from || o.Created >= from)
                && (before is not { } below || decimal.Parse(o.OrderId, CultureInfo.InvariantCulture) < below))
            .OrderByDescending(o => o.Created).ThenByDescending(o => decimal.Parse(o.OrderId, CultureInfo.InvariantCulture)).Take(args.Int("limit", 100, 100)).ToList();
        return Envelope.Ok(new
        {
            entrustedList = orders.Count == 0 ? null : orders.Select(o => V2OrderJson.Order(o, "status")).ToList(),
            endId = orders.LastOrDefault()?.OrderId,
        });
    }
}
