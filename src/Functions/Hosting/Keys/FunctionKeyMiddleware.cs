using Sentinel.Functions.Hosting.Declarations;

namespace Sentinel.Functions.Hosting.Keys;

/// <summary>
/// Standalone mode's stand-in for the host's key check: every endpoint except anonymous HTTP functions
/// needs the function key in the <c>x-functions-key</c> header or the <c>code</c> query parameter.
/// Endpoints that are not declared functions (and timer invocation endpoints) are closed by default.
/// </summary>
public sealed class FunctionKeyMiddleware(RequestDelegate next, FunctionKeyStore keys)
{
    public const string HeaderName = "x-functions-key";
    public const string QueryName = "code";

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // Only mapped routes are guarded: a null endpoint ends in 404 and routing's 405 rejection is not a RouteEndpoint.
        var endpoint = context.GetEndpoint();
        if (endpoint is not RouteEndpoint || endpoint.Metadata.GetMetadata<HttpFunctionMetadata>()?.AuthLevel == AuthLevel.Anonymous)
        {
            await next(context);
            return;
        }

        var supplied = context.Request.Headers[HeaderName].FirstOrDefault() ?? context.Request.Query[QueryName].FirstOrDefault();
        if (keys.Matches(supplied))
        {
            await next(context);
            return;
        }

        var detail = supplied is null
            ? $"Send the function key in the '{HeaderName}' header or the '{QueryName}' query parameter."
            : "The function key is not valid.";
        await Results.Problem(detail: detail, statusCode: StatusCodes.Status401Unauthorized, title: "Function key required")
            .ExecuteAsync(context);
    }
}
