namespace Bitget.Simulator.Streams;

/// <summary>
/// Hands the four WebSocket paths to the <see cref="StreamHub"/> ahead of the HTTP pipeline: a connection lives for
/// minutes, so it must not count as a pending request in the request log.
/// </summary>
public sealed class StreamMiddleware(RequestDelegate next, StreamHub hub)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (StreamHub.Paths.Contains(context.Request.Path.Value))
        {
            await hub.AcceptAsync(context);
            return;
        }

        await next(context);
    }
}
