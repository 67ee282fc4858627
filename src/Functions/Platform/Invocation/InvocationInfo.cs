namespace Sentinel.Functions.Platform.Invocation;

/// <summary>What the Sentinel middleware needs to know about one function invocation.</summary>
/// <param name="FunctionName">The function's name (its <c>[Function]</c> attribute).</param>
/// <param name="InvocationId">The host's invocation id.</param>
/// <param name="Trigger"><c>http</c> or <c>timer</c>, as OpenTelemetry's <c>faas.trigger</c> names them.</param>
/// <param name="IsPastDue">For a timer, whether it started later than scheduled.</param>
internal sealed record InvocationInfo(string FunctionName, string InvocationId, string Trigger, bool IsPastDue = false);
