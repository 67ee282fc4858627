using Sentinel.LocalHost.Worker.Rpc;

namespace Sentinel.LocalHost.Functions;

/// <summary>Runs one invocation on the worker and reports how it ended; it never throws for a failed function.</summary>
internal interface IFunctionInvoker
{
    /// <param name="function">The loaded function.</param>
    /// <param name="invocationId">The id the worker reports the outcome under (and pairs an HTTP request with).</param>
    /// <param name="triggerInput">The trigger binding's data.</param>
    /// <param name="bindingData">Trigger metadata the worker binds other parameters from (an HTTP route's values).</param>
    /// <param name="cancellationToken">Stops waiting for the outcome.</param>
    Task<InvocationOutcome> InvokeAsync(
        HostedFunction function, string invocationId, TypedData triggerInput, IReadOnlyDictionary<string, string>? bindingData = null, CancellationToken cancellationToken = default);
}
