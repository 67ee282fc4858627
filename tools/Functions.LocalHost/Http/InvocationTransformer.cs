using Microsoft.AspNetCore.Http;
using Yarp.ReverseProxy.Forwarder;

namespace Sentinel.LocalHost.Http;

/// <summary>
/// Pairs the forwarded request with its InvocationRequest (the x-ms-invocation-id header) and holds the worker's
/// response until the invocation's outcome is known: a failed invocation becomes a 500, as on the real host,
/// even though the worker's ASP.NET Core pipeline answered. The response body is buffered for that wait,
/// because the worker finishes the invocation only after writing it.
/// </summary>
internal sealed class InvocationTransformer : HttpTransformer
{
    public const string InvocationIdHeader = "x-ms-invocation-id";
    private const long MaxBufferedResponseBytes = 64L * 1024 * 1024;

    public override async ValueTask TransformRequestAsync(HttpContext httpContext, HttpRequestMessage proxyRequest, string destinationPrefix, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ArgumentNullException.ThrowIfNull(proxyRequest);
        await base.TransformRequestAsync(httpContext, proxyRequest, destinationPrefix, cancellationToken);
        var pending = httpContext.Features.Get<PendingInvocation>() ?? throw new InvalidOperationException("No pending invocation on a forwarded request.");
        proxyRequest.Headers.Remove(InvocationIdHeader);
        proxyRequest.Headers.TryAddWithoutValidation(InvocationIdHeader, pending.InvocationId);
        proxyRequest.Headers.Remove("X-Forwarded-Host");
        proxyRequest.Headers.Remove("X-Forwarded-Proto");
        proxyRequest.Headers.TryAddWithoutValidation("X-Forwarded-Host", httpContext.Request.Host.Value);
        proxyRequest.Headers.TryAddWithoutValidation("X-Forwarded-Proto", httpContext.Request.Scheme);
        if (httpContext.Connection.RemoteIpAddress is { } caller)
        {
            proxyRequest.Headers.Remove("X-Forwarded-For");
            proxyRequest.Headers.TryAddWithoutValidation("X-Forwarded-For", caller.ToString());
        }
    }

    public override async ValueTask<bool> TransformResponseAsync(HttpContext httpContext, HttpResponseMessage? proxyResponse, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (proxyResponse is null)
        {
            return await base.TransformResponseAsync(httpContext, proxyResponse, cancellationToken);
        }

        var pending = httpContext.Features.Get<PendingInvocation>() ?? throw new InvalidOperationException("No pending invocation on a forwarded request.");
        await proxyResponse.Content.LoadIntoBufferAsync(MaxBufferedResponseBytes, cancellationToken);
        var outcome = await pending.Outcome.WaitAsync(cancellationToken);
        if (!outcome.Succeeded)
        {
            pending.Failed = true;
            return false;
        }

        return await base.TransformResponseAsync(httpContext, proxyResponse, cancellationToken);
    }
}
