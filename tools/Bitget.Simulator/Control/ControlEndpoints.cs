using System.Net;
using System.Text.Json;
using Bitget.Simulator.Exchange;
using Bitget.Simulator.Faults;
using Bitget.Simulator.Prices;
using Bitget.Simulator.Requests;

namespace Bitget.Simulator.Control;

/// <summary>
/// Unsigned control routes for out-of-process use (the local demo script): prices and scripts, seeded positions,
/// faults, and views of orders, positions and requests. Loopback callers only; errors are RFC 9457 problem details.
/// </summary>
public static class ControlEndpoints
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    public static RouteGroupBuilder MapControl(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/sim").AddEndpointFilter(async (ctx, next) =>
            ctx.HttpContext.Connection.RemoteIpAddress is { } ip && IPAddress.IsLoopback(ip)
                ? await next(ctx)
                : TypedResults.Problem("The control API answers loopback callers only.", statusCode: StatusCodes.Status403Forbidden));
        group.MapPost("/prices", (PriceCommand c, SimulatedExchange e) => Try(() => e.Prices.Set(c.Symbol, c.Price, c.MarkPrice)));
        group.MapPost("/scripts", (ScriptCommand c, SimulatedExchange e) => Try(() => e.Prices.Run(c.Symbol, c.ToScript())));
        group.MapGet("/prices", (SimulatedExchange e) => TypedResults.Json(
            e.Prices.Symbols.Select(s => new { symbol = s, last = e.Prices.Last(s), mark = e.Prices.Mark(s) }), Json));
        group.MapPost("/positions", (SeedPositionCommand c, SimulatedExchange e) =>
            Try(() => e.SeedPosition(c.ApiKey ?? e.ApiKeys.First(), c.Symbol, c.Side, c.Size, c.EntryPrice, c.Leverage)));
        group.MapGet("/positions", (string? apiKey, SimulatedExchange e) => TypedResults.Json(e.Positions(apiKey ?? e.ApiKeys.First()), Json));
        group.MapGet("/accounts", (SimulatedExchange e) => TypedResults.Json(e.ApiKeys.Select(e.Account), Json));
        group.MapGet("/orders", (string? clientOid, SimulatedExchange e) =>
            TypedResults.Json(clientOid is null ? e.Orders() : e.OrdersWithClientOid(clientOid), Json));
        group.MapPost("/faults", (FaultCommand c, FaultInjector f) => Try(() => f.Add(c.ToRule())));
        group.MapDelete("/faults", (FaultInjector f) =>
        {
            f.Clear();
            return TypedResults.NoContent();
        });
        group.MapGet("/faults", (FaultInjector f) => TypedResults.Json(f.Rules, Json));
        group.MapGet("/requests", (RequestLog log) => TypedResults.Json(log.All, Json));
        group.MapGet("/streams", (Streams.StreamHub h) => TypedResults.Json(h.Sessions.Select(s => new { path = s.Path, apiKey = s.ApiKey, channels = s.Subscriptions.Select(a => a.Key) }), Json));
        group.MapGet("/streams/record", (string? apiKey, SimulatedExchange e, Streams.StreamHub h) => TypedResults.Json(h.Record(apiKey ?? e.ApiKeys.First()), Json));
        group.MapPost("/streams/burst", (BurstCommand c, Streams.StreamHub h) => Try(() => new { sent = h.Burst(c.Symbol, c.Count) }));
        return group;
    }

    private static IResult Try<T>(Func<T> action)
    {
        try
        {
            return TypedResults.Json(action(), Json);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or FormatException or IOException)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status400BadRequest);
        }
    }

    private static IResult Try(Action action) => Try(() =>
    {
        action();
        return new { ok = true };
    });
}
