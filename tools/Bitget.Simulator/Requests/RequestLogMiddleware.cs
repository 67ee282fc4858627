using Bitget.Simulator.Faults;

namespace Bitget.Simulator.Requests;

/// <summary>Records every request (arrival time from the simulator clock) once it has been answered or aborted.</summary>
public sealed class RequestLogMiddleware(RequestDelegate next, RequestLog log, TimeProvider time, ILogger<RequestLogMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var arrived = time.GetUtcNow();
        log.Begin();
        try
        {
            await next(context);
        }
        finally
        {
            var aborted = context.RequestAborted.IsCancellationRequested;
            var key = context.Request.Headers["ACCESS-KEY"].ToString();
            var fault = context.Items.TryGetValue("sim.fault", out var f) ? ((FaultKind)f!).ToString() : null;
            var record = new RequestRecord(arrived, context.Request.Method, context.Request.Path.Value ?? "",
                context.Request.QueryString.Value ?? "", key.Length > 0 ? key : null, aborted ? 0 : context.Response.StatusCode, fault);
            log.Add(record);
            logger.LogInformation("{Method} {Path}{Query} -> {Status}{Fault}", record.Method, record.Path, record.Query,
                record.Status, fault is null ? "" : $" (fault {fault})");
        }
    }
}
