using System.Diagnostics;

namespace Sentinel.Functions.Hosting.Invocation;

/// <summary>
/// Gives every request an invocation id: the host's when it sent one (timer invocations), otherwise a
/// new one (forwarded HTTP requests carry none). The id is on every log line (scope), on the trace,
/// and in the <c>x-invocation-id</c> response header.
/// </summary>
public sealed class InvocationIdMiddleware(RequestDelegate next, ILogger<InvocationIdMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var id = InvocationIds.FromHostOrNew(context.Request.Headers[InvocationIds.HostHeader].FirstOrDefault());
        context.SetInvocationId(id);
        Activity.Current?.SetTag("faas.invocation_id", id);
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[InvocationIds.ResponseHeader] = id;
            return Task.CompletedTask;
        });

        using (logger.BeginScope(InvocationScope.Create(id)))
        {
            await next(context);
        }
    }
}
