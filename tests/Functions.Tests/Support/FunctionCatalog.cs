using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Sentinel.Functions.Hosting;

namespace Functions.Tests.Support;

/// <summary>
/// The app's functions read from their <c>[Function]</c>, <c>[HttpTrigger]</c> and <c>[TimerTrigger]</c> attributes,
/// as the worker SDK reads them to write functions.metadata: what the tests route and invoke.
/// </summary>
internal sealed class FunctionCatalog
{
    private FunctionCatalog(IReadOnlyList<FunctionEntry> functions) => Functions = functions;

    public static FunctionCatalog App { get; } = From(typeof(SentinelApp).Assembly.GetTypes());

    public IReadOnlyList<FunctionEntry> Functions { get; }

    public IEnumerable<FunctionEntry> Http => Functions.Where(f => f.Http is not null);

    public IEnumerable<FunctionEntry> Timers => Functions.Where(f => f.Timer is not null);

    public FunctionEntry this[string name] => Functions.SingleOrDefault(f => f.Name == name) ?? throw new KeyNotFoundException($"No function named {name}.");

    public static FunctionCatalog From(IEnumerable<Type> types) => new(types
        .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
        .Select(Entry)
        .OfType<FunctionEntry>()
        .OrderBy(f => f.Name, StringComparer.Ordinal)
        .ToList());

    public FunctionCatalog With(IEnumerable<Type> extra) => new([.. Functions, .. From(extra).Functions]);

    private static FunctionEntry? Entry(MethodInfo method)
    {
        if (method.GetCustomAttribute<FunctionAttribute>() is not { } function)
        {
            return null;
        }

        var parameters = method.GetParameters();
        var http = parameters.Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).OfType<HttpTriggerAttribute>().SingleOrDefault();
        var timer = parameters.Select(p => p.GetCustomAttribute<TimerTriggerAttribute>()).OfType<TimerTriggerAttribute>().SingleOrDefault();
        return new FunctionEntry(function.Name, method, http, timer);
    }
}

/// <summary>One function: its method and its trigger (exactly one of <see cref="Http"/> and <see cref="Timer"/>).</summary>
internal sealed record FunctionEntry(string Name, MethodInfo Method, HttpTriggerAttribute? Http, TimerTriggerAttribute? Timer)
{
    /// <summary>Calls the method on an instance made from <paramref name="services"/> as the worker's activator does.</summary>
    public async Task<object?> InvokeAsync(IServiceProvider services, Func<ParameterInfo, object?> argument)
    {
        var instance = Method.IsStatic ? null : ActivatorUtilities.CreateInstance(services, Method.DeclaringType!);
        var arguments = Method.GetParameters().Select(argument).ToArray();
        var returned = Method.Invoke(instance, BindingFlags.DoNotWrapExceptions, null, arguments, null);
        if (returned is not Task task)
        {
            return returned;
        }

        await task;
        return task.GetType().IsGenericType ? task.GetType().GetProperty("Result")!.GetValue(task) : null;
    }
}
