using Bitget.Simulator.Orders;
using Bitget.Simulator.Signing;
using Bitget.Simulator.V2.Orders;
using Bitget.Simulator.Wire;

namespace Bitget.Simulator.Hosting;

/// <summary>Turns rejections into Bitget error envelopes (v2 or v3 codes by path); anything else becomes 40015 / HTTP 500.</summary>
public sealed class ErrorMiddleware(RequestDelegate next, ILogger<ErrorMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            await next(context);
        }
        catch (BitgetErrorException error)
        {
            await Envelope.Error(error.Code, error.Message, error.Status).ExecuteAsync(context);
        }
        catch (OrderRejectedException rejection)
        {
            var path = context.Request.Path.Value ?? "";
            var error = ApiSurface.IsV3(path) ? V3.Orders.V3Rejections.ToError(rejection) : V2Rejections.ToError(rejection);
            await Envelope.Error(error.Code, error.Message, error.Status).ExecuteAsync(context);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException && !context.Response.HasStarted)
        {
            logger.LogWarning(ex, "Request {Path} failed", context.Request.Path);
            await Envelope.Error("40015", "System is abnormal, please try again later", 500).ExecuteAsync(context);
        }
    }
}
