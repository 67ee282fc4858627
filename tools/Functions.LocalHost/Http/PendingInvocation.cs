using Sentinel.LocalHost.Functions;

namespace Sentinel.LocalHost.Http;

/// <summary>The invocation an HTTP request is paired with, carried on the request's features for the transformer.</summary>
internal sealed class PendingInvocation(string invocationId, Task<InvocationOutcome> outcome)
{
    public string InvocationId { get; } = invocationId;

    public Task<InvocationOutcome> Outcome { get; } = outcome;

    /// <summary>Set when the worker answered over HTTP but the invocation failed, so the caller gets a 500 instead.</summary>
    public bool Failed { get; set; }
}
