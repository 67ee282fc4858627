using System.Globalization;
using Bitget.Simulator.Signing;
using Bitget.Simulator.Wire;

namespace Bitget.Simulator.RateLimits;

/// <summary>
/// Enforces each endpoint's per-second limit over a sliding one-second window of the simulator's clock, keyed by
/// API key for private endpoints and by remote address for public ones. Over the limit: HTTP 429 with Bitget's body.
/// Sets <c>x-mbx-used-remain-limit</c> like Bitget.
/// </summary>
public sealed class RateLimitMiddleware(RequestDelegate next, TimeProvider time, SimulatorOptions options)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Path, string Caller), Queue<DateTimeOffset>> _windows = [];

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var path = context.Request.Path.Value ?? "";
        if (!options.EnforceRateLimits || !path.StartsWith("/api/", StringComparison.Ordinal))
        {
            await next(context);
            return;
        }

        var isPrivate = ApiSurface.IsPrivate(path);
        var caller = isPrivate ? context.Request.Headers["ACCESS-KEY"].ToString() : context.Connection.RemoteIpAddress?.ToString() ?? "";
        var limit = EndpointLimits.PerSecond(path, isPrivate);
        var remaining = Take(path, caller, limit);
        if (remaining < 0)
        {
            await Envelope.Error("429", "Too Many Requests", 429).ExecuteAsync(context);
            return;
        }

        context.Response.Headers["x-mbx-used-remain-limit"] = remaining.ToString(CultureInfo.InvariantCulture);
        await next(context);
    }

    private int Take(string path, string caller, int limit)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (!_windows.TryGetValue((path, caller), out var window))
            {
                window = new Queue<DateTimeOffset>();
                _windows[(path, caller)] = window;
            }

            while (window.Count > 0 && now - window.Peek() >= TimeSpan.FromSeconds(1))
            {
                window.Dequeue();
            }

            if (window.Count >= limit)
            {
                return -1;
            }

            window.Enqueue(now);
            return limit - window.Count;
        }
    }
}
