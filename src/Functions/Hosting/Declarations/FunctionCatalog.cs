using Microsoft.AspNetCore.Routing.Patterns;

namespace Sentinel.Functions.Hosting.Declarations;

/// <summary>
/// Every function the app declares, read from its endpoints — the single source for function.json
/// generation and the standalone scheduler. Rejects declarations Azure would refuse.
/// </summary>
public sealed class FunctionCatalog
{
    private const string RoutePrefix = "api/";

    private FunctionCatalog(IReadOnlyList<TimerFunction> timers, IReadOnlyList<HttpFunction> httpFunctions)
    {
        Timers = timers;
        HttpFunctions = httpFunctions;
    }

    public IReadOnlyList<TimerFunction> Timers { get; }

    public IReadOnlyList<HttpFunction> HttpFunctions { get; }

    public static FunctionCatalog From(IEnumerable<EndpointDataSource> dataSources)
    {
        ArgumentNullException.ThrowIfNull(dataSources);
        var endpoints = dataSources.SelectMany(source => source.Endpoints).OfType<RouteEndpoint>().ToList();
        var timers = endpoints
            .Select(endpoint => endpoint.Metadata.GetMetadata<TimerFunction>())
            .OfType<TimerFunction>()
            .ToList();
        var httpFunctions = endpoints
            .Where(endpoint => endpoint.Metadata.GetMetadata<TimerFunction>() is null)
            .Select(ToHttpFunctionPart)
            .GroupBy(part => part.Name, StringComparer.Ordinal)
            .Select(Merge)
            .ToList();

        var duplicate = timers.Select(t => t.Name).Concat(httpFunctions.Select(h => h.Name))
            .GroupBy(name => name, StringComparer.OrdinalIgnoreCase)
            .FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Function name '{duplicate.Key}' is declared more than once (names are folder names, compared ignoring case).");
        }

        return new FunctionCatalog(
            timers.OrderBy(t => t.Name, StringComparer.Ordinal).ToList(),
            httpFunctions.OrderBy(h => h.Name, StringComparer.Ordinal).ToList());
    }

    private static HttpFunction ToHttpFunctionPart(RouteEndpoint endpoint)
    {
        var raw = endpoint.RoutePattern.RawText ?? string.Empty;
        var metadata = endpoint.Metadata.GetMetadata<HttpFunctionMetadata>()
            ?? throw new InvalidOperationException(
                $"Endpoint '{endpoint.DisplayName}' ({raw}) is not declared as a function: add .AsFunction(name, authLevel). " +
                "Under Azure Functions only declared functions are reachable.");
        var route = raw.TrimStart('/');
        if (!route.StartsWith(RoutePrefix, StringComparison.Ordinal) || route.Length == RoutePrefix.Length)
        {
            throw new InvalidOperationException($"HTTP function '{metadata.Name}' has route '{raw}'; HTTP functions live under /api/.");
        }

        var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods
            .Select(method => method.ToLowerInvariant())
            .ToArray() ?? [];
        return new HttpFunction(metadata.Name, ToFunctionsRoute(route[RoutePrefix.Length..]), methods, metadata.AuthLevel);
    }

    private static HttpFunction Merge(IGrouping<string, HttpFunction> parts)
    {
        var all = parts.ToList();
        var first = all[0];
        if (all.Count == 1)
        {
            return first;
        }

        if (all.Any(part => part.Route != first.Route || part.AuthLevel != first.AuthLevel || part.Methods.Count == 0))
        {
            throw new InvalidOperationException(
                $"HTTP function '{first.Name}' is declared on several endpoints with different routes or auth levels; give each its own name.");
        }

        var methods = all.SelectMany(part => part.Methods).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        return first with { Methods = methods };
    }

    /// <summary>Catch-all parameters are written <c>{*x}</c> in Functions routes; ASP.NET also allows <c>{**x}</c>.</summary>
    private static string ToFunctionsRoute(string route) =>
        RoutePatternFactory.Parse(route).Parameters.Any(p => p.IsCatchAll)
            ? route.Replace("{**", "{*", StringComparison.Ordinal)
            : route;
}
