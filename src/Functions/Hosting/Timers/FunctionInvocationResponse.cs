namespace Sentinel.Functions.Hosting.Timers;

/// <summary>
/// The reply the Functions host expects from a non-HTTP invocation:
/// <c>{"Outputs":{},"Logs":[...],"ReturnValue":null}</c>. <c>Logs</c> reach Application Insights.
/// </summary>
public sealed record FunctionInvocationResponse(
    IReadOnlyDictionary<string, object?> Outputs,
    IReadOnlyList<string> Logs,
    object? ReturnValue);
