using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Sentinel.Functions.Platform.Invocation;

namespace Functions.Tests.Support;

/// <summary>
/// Test-only stand-in for the Functions host's HTTP front: one endpoint per HTTP function at <c>/api/{route}</c>
/// with its methods (ASP.NET Core routing, like the worker's own endpoint data source), the host's key check for
/// its auth level (<c>x-functions-key</c> header or <c>code</c> query: function level takes the function or the master
/// key, admin level only the master key; 401 otherwise), then the function
/// run through the app's <see cref="InvocationMiddleware"/> and its <see cref="IResult"/> executed into the response.
/// </summary>
internal static class FunctionRouter
{
    public static void MapFunctions(this WebApplication app, FunctionCatalog catalog, string functionKey, string masterKey)
    {
        foreach (var function in catalog.Http)
        {
            app.MapMethods("/api/" + function.Http!.Route, function.Http.Methods!.Select(m => m.ToUpperInvariant()), context => RunAsync(context, function, functionKey, masterKey))
                .WithDisplayName(function.Name);
        }
    }

    private static async Task RunAsync(HttpContext context, FunctionEntry function, string functionKey, string masterKey)
    {
        var accepted = function.Http!.AuthLevel switch
        {
            AuthorizationLevel.Anonymous => [],
            AuthorizationLevel.Function => new[] { functionKey, masterKey },
            _ => [masterKey],
        };
        if (accepted.Length > 0 && !accepted.Contains(SuppliedKey(context.Request), StringComparer.Ordinal))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        var middleware = context.RequestServices.GetRequiredService<InvocationMiddleware>();
        IResult? result = null;
        var info = new InvocationInfo(function.Name, Guid.NewGuid().ToString(), "http");
        var problem = await middleware.RunAsync(info, context, async () =>
            result = (IResult?)await function.InvokeAsync(context.RequestServices, p => Argument(p, context)));
        await (problem ?? result ?? throw new InvalidOperationException($"{function.Name} returned no IResult.")).ExecuteAsync(context);
    }

    private static object? Argument(ParameterInfo parameter, HttpContext context) =>
        parameter.ParameterType == typeof(HttpRequest) ? context.Request
        : parameter.ParameterType == typeof(CancellationToken) ? context.RequestAborted
        : throw new InvalidOperationException($"The test router cannot bind parameter {parameter.Name} of type {parameter.ParameterType}.");

    private static string? SuppliedKey(HttpRequest request) =>
        request.Headers["x-functions-key"].FirstOrDefault() ?? request.Query["code"].FirstOrDefault();
}
