namespace Sentinel.Functions.Hosting.Invocation;

/// <summary>Builds the logging scope state every invocation's log lines carry.</summary>
public static class InvocationScope
{
    public static Dictionary<string, object?> Create(string invocationId, string? functionName = null)
    {
        var state = new Dictionary<string, object?> { [InvocationIds.ScopeKey] = invocationId };
        if (functionName is not null)
        {
            state["FunctionName"] = functionName;
        }

        return state;
    }
}
