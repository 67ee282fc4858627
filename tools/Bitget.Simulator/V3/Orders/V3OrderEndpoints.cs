using System.Globalization;
using System.Text.Json;
using Bitget.Simulator.Accounts;
using Bitget.Simulator.Exchange;
using Bitget.Simulator.Orders;
using Bitget.Simulator.Signing;
using Bitget.Simulator.Wire;

namespace Bitget.Simulator.V3.Orders;

/// <summary>Private v3 trade routes (<c>/api/v3/trade</c>) except strategy orders.</summary>
public static class V3OrderEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v3/trade");
        group.MapPost("/place-order", (HttpContext c, SimulatedExchange e, SimulatorOptions o) =>
        {
            var key = Caller.ApiKey(c);
            var order = e.PlaceOrder(key, V3OrderRequests.Order(RequestArgs.From(c), e.ModeOf(key), o.V3ClientOidUniqueWhilePendingOnly));
            return Envelope.Ok(new { orderId = order.ReplyOrderId, clientOid = order.ClientOid });
        });
        group.MapPost("/place-batch", PlaceBatch);
        group.MapPost("/cancel-order", (HttpContext c, SimulatedExchange e) =>
        {
            var args = RequestArgs.From(c);
            var orderId = args.Get("orderId");
            var clientOid = orderId is null ? args.Required("clientOid") : null;
            var order = e.CancelOrder(Caller.ApiKey(c), orderId, clientOid);
            return Envelope.Ok(new { orderId = order.OrderId, clientOid = order.ClientOid });
        });
        group.MapPost("/cancel-symbol-order", (HttpContext c, SimulatedExchange e) =>
        {
            var args = RequestArgs.From(c);
            V3Categories.IsUsdtFutures(args);
            var cancelled = e.CancelAll(Caller.ApiKey(c), args.Get("symbol"));
            return Envelope.Ok(new { list = cancelled.Select(o => new { orderId = o.OrderId, clientOid = o.ClientOid }).ToList() });
        });
        group.MapPost("/close-positions", ClosePositions);
        MapQueries(group);
        V3StrategyEndpoints.Map(group);
    }

    private static void MapQueries(RouteGroupBuilder group)
    {
        group.MapGet("/order-info", (HttpContext c, SimulatedExchange e) =>
        {
            var args = RequestArgs.From(c);
            var orderId = args.Get("orderId");
            var order = e.FindOrder(Caller.ApiKey(c), orderId, orderId is null ? args.Required("clientOid") : null)
                ?? throw new OrderRejectedException(RejectReason.OrderNotFound);
            return Envelope.Ok(V3OrderJson.Order(order));
        });
        group.MapGet("/unfilled-orders", (HttpContext c, SimulatedExchange e) =>
        {
            var args = RequestArgs.From(c);
            var orders = e.Orders(Caller.ApiKey(c)).Where(o => o.Status == OrderStatus.Live && (args.Get("symbol") is not { } s || o.Symbol == s))
                .OrderByDescending(o => o.Created).Take(args.Int("limit", 100, 100)).ToList();
            return Envelope.Ok(new { list = orders.Select(V3OrderJson.Order).ToList(), cursor = orders.LastOrDefault()?.OrderId });
        });
        group.MapGet("/history-orders", (HttpContext c, SimulatedExchange e) =>
        {
            var args = RequestArgs.From(c);
            V3Categories.IsUsdtFutures(args);
            var newestFirst = e.Orders(Caller.ApiKey(c))
                .Where(o => o.Status != OrderStatus.Live && (args.Get("symbol") is not { } s || o.Symbol == s) && (args.Time("startTime") is not { } from || o.Created >= from))
                .OrderByDescending(o => o.Created).ThenByDescending(o => decimal.Parse(o.OrderId, CultureInfo.InvariantCulture));
            // The cursor is the last order of the previous page: the next page starts after it.
            var orders = (args.Get("cursor") is { } cursor ? newestFirst.SkipWhile(o => o.OrderId != cursor).Skip(1) : newestFirst)
                .Take(args.Int("limit", 100, 100)).ToList();
            return Envelope.Ok(new { list = orders.Select(V3OrderJson.Order).ToList(), cursor = orders.LastOrDefault()?.OrderId });
        });
        group.MapGet("/fills", (HttpContext c, SimulatedExchange e) =>
        {
            var args = RequestArgs.From(c);
            var fills = e.Fills(Caller.ApiKey(c)).Where(f => args.Get("orderId") is not { } id || f.OrderId == id)
                .OrderByDescending(f => f.Time).Take(args.Int("limit", 100, 100)).ToList();
            return Envelope.Ok(new { list = fills.Select(V3OrderJson.Fill).ToList(), cursor = fills.LastOrDefault()?.TradeId });
        });
    }

    /// <summary>
    /// Bitget documents reduce-only as "currently not supported" in place-batch; the simulator ignores the flag there,
    /// the worst reading, so a client that relies on it is caught.
    /// </summary>
    private static Envelope PlaceBatch(HttpContext context, SimulatedExchange exchange, SimulatorOptions options)
    {
        var key = Caller.ApiKey(context);
        var body = RequestBody.Json(context);
        if (body.ValueKind != JsonValueKind.Array || body.GetArrayLength() == 0)
        {
            throw new BitgetErrorException("40019", "Parameter orderList cannot be empty");
        }

        if (body.GetArrayLength() > 20)
        {
            throw V3Rejections.ToError(new OrderRejectedException(RejectReason.TooManyOrders));
        }

        var results = new List<object>();
        foreach (var item in body.EnumerateArray())
        {
            var args = RequestArgs.FromElement(item);
            try
            {
                var order = exchange.PlaceOrder(key, V3OrderRequests.Order(args, exchange.ModeOf(key), options.V3ClientOidUniqueWhilePendingOnly, reduceOnlySupported: false));
                results.Add(new { orderId = order.ReplyOrderId, clientOid = order.ClientOid, code = "00000", msg = "success" });
            }
            catch (Exception ex) when (ex is OrderRejectedException or BitgetErrorException)
            {
                var error = ex as BitgetErrorException ?? V3Rejections.ToError((OrderRejectedException)ex);
                results.Add(new { orderId = (string?)null, clientOid = args.Get("clientOid"), code = error.Code, msg = error.Message });
            }
        }

        return Envelope.Ok(results);
    }

    private static Envelope ClosePositions(HttpContext context, SimulatedExchange exchange)
    {
        var args = RequestArgs.From(context);
        V3Categories.IsUsdtFutures(args);
        PositionSide? side = args.Get("posSide") switch
        {
            null => null,
            "long" => PositionSide.Long,
            "short" => PositionSide.Short,
            _ => throw new BitgetErrorException("40020", "Parameter posSide error"),
        };
        var closed = exchange.FlashClose(Caller.ApiKey(context), args.Get("symbol"), side);
        return Envelope.Ok(new { list = closed.Select(o => new { orderId = o.OrderId, clientOid = o.ClientOid }).ToList() });
    }
}
