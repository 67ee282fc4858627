using Microsoft.Azure.Functions.Worker;

namespace Sentinel.Functions.Platform.Invocation;

/// <summary>Reads what the Sentinel middleware needs from the worker's <see cref="FunctionContext"/>.</summary>
internal static class WorkerContext
{
    /// <summary>The function's timer-trigger binding, or null when it is not a timer function.</summary>
    public static BindingMetadata? TimerBinding(FunctionContext context) =>
        context.FunctionDefinition.InputBindings.Values.FirstOrDefault(b => string.Equals(b.Type, "timerTrigger", StringComparison.OrdinalIgnoreCase));
}
