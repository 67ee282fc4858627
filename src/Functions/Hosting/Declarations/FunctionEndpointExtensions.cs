using Sentinel.Functions.Hosting.Timers;

namespace Sentinel.Functions.Hosting.Declarations;

/// <summary>
/// The one place features declare Azure Functions. HTTP functions are ordinary minimal-API endpoints
/// under <c>/api</c> marked with <see cref="AsFunction"/>; timer functions are declared with
/// <see cref="MapTimerFunction(IEndpointRouteBuilder, string, string, Func{TimerInvocation, CancellationToken, Task}, string)"/>.
/// function.json files are generated from these declarations at publish.
/// </summary>
public static class FunctionEndpointExtensions
{
    /// <summary>Declares the endpoint as the HTTP-triggered function <paramref name="name"/>.</summary>
    public static TBuilder AsFunction<TBuilder>(this TBuilder builder, string name, AuthLevel authLevel = AuthLevel.Function)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        FunctionNames.Validate(name);
        builder.WithMetadata(new HttpFunctionMetadata(name, authLevel));
        return builder;
    }

    /// <summary>
    /// Declares a timer-triggered function. The Functions host invokes it with <c>POST /{name}</c>;
    /// standalone mode fires it on <paramref name="schedule"/> (six-field NCRONTAB or <c>%APP_SETTING%</c>).
    /// </summary>
    public static IEndpointConventionBuilder MapTimerFunction(
        this IEndpointRouteBuilder endpoints,
        string name,
        string schedule,
        Func<TimerInvocation, CancellationToken, Task> handler,
        string bindingName = TimerFunctionMetadata.DefaultBindingName)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(handler);
        FunctionNames.Validate(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(schedule);
        ArgumentException.ThrowIfNullOrWhiteSpace(bindingName);

        var function = new TimerFunction(new TimerFunctionMetadata(name, schedule, bindingName), handler);
        return endpoints
            .MapPost("/" + name, context => TimerInvocationEndpoint.HandleAsync(context, function))
            .WithMetadata(function.Metadata, function)
            .WithDisplayName("Timer function " + name);
    }

    /// <summary>Declares a timer function whose body is <typeparamref name="TFunction"/>, created per invocation scope.</summary>
    public static IEndpointConventionBuilder MapTimerFunction<TFunction>(this IEndpointRouteBuilder endpoints, string name, string schedule)
        where TFunction : class, ITimerFunction =>
        endpoints.MapTimerFunction(
            name,
            schedule,
            (invocation, cancellationToken) =>
                ActivatorUtilities.GetServiceOrCreateInstance<TFunction>(invocation.Services).RunAsync(invocation, cancellationToken));
}
