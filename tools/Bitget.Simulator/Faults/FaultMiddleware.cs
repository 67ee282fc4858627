using Bitget.Simulator.Wire;

namespace Bitget.Simulator.Faults;

/// <summary>Applies the first matching fault rule to requests under <c>/api/</c>.</summary>
public sealed class FaultMiddleware(RequestDelegate next, FaultInjector faults, TimeProvider time, IHostApplicationLifetime lifetime, ILogger<FaultMiddleware> logger)
{
    private static readonly System.Text.CompositeFormat GatewayPage =
        System.Text.CompositeFormat.Parse("<html><head><title>{0}</title></head><body><center><h1>{0}</h1></center></body></html>");

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var path = context.Request.Path.Value ?? "";
        var rule = path.StartsWith("/api/", StringComparison.Ordinal) ? faults.Next(path) : null;
        if (rule is null)
        {
            await next(context);
            return;
        }

        logger.LogInformation("Fault {Kind} on {Method} {Path}", rule.Kind, context.Request.Method, path);
        context.Items["sim.fault"] = rule.Kind;
        await ApplyAsync(rule, context);
    }

    private async Task ApplyAsync(FaultRule rule, HttpContext context)
    {
        switch (rule.Kind)
        {
            case FaultKind.RateLimit:
                await Envelope.Error("429", "Too Many Requests", 429).ExecuteAsync(context);
                break;
            case FaultKind.ServerError:
                await GatewayErrorAsync(context, rule.StatusCode);
                break;
            case FaultKind.Timeout:
                await HoldThenAbortAsync(context, rule.Delay);
                break;
            case FaultKind.Delay:
                if (await HoldAsync(context, rule.Delay))
                {
                    await next(context);
                }

                break;
            case FaultKind.MalformedJson:
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync("{\"code\":\"00000\",\"msg\":\"success\",\"requestTime\":17", context.RequestAborted);
                break;
            case FaultKind.DropConnection:
                context.Abort();
                break;
            case FaultKind.Maintenance:
                await Envelope.Error(rule.Code, rule.Message).ExecuteAsync(context);
                break;
            case FaultKind.LoseResponse:
                await LoseResponseAsync(rule, context);
                break;
        }
    }

    private async Task LoseResponseAsync(FaultRule rule, HttpContext context)
    {
        var original = context.Response.Body;
        await using var swallowed = new MemoryStream();
        context.Response.Body = swallowed;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        switch (rule.LostResponseMode)
        {
            case LostResponseMode.ServerError:
                context.Response.Clear();
                await GatewayErrorAsync(context, rule.StatusCode);
                break;
            case LostResponseMode.Timeout:
                await HoldThenAbortAsync(context, rule.Delay);
                break;
            default:
                context.Abort();
                break;
        }
    }

    private async Task HoldThenAbortAsync(HttpContext context, TimeSpan hold)
    {
        await HoldAsync(context, hold);
        context.Abort();
    }

    /// <summary>Waits on the simulator clock; false when the client gave up or the simulator is stopping first.</summary>
    private async Task<bool> HoldAsync(HttpContext context, TimeSpan hold)
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        try
        {
            await faults.HoldAsync(hold, time, cancel.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private static async Task GatewayErrorAsync(HttpContext context, int status)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html";
        var title = $"{status} {ReasonPhrases(status)}";
        await context.Response.WriteAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, GatewayPage, title), context.RequestAborted);
    }

    private static string ReasonPhrases(int status) => Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status);
}
