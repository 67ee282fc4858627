namespace Sentinel.LocalHost.Functions;

/// <summary>How one invocation ended, as the worker reported it (or as the host saw it when the worker could not).</summary>
internal sealed record InvocationOutcome(string FunctionName, string InvocationId, InvocationStatus Status, string? Error, TimeSpan Duration)
{
    public bool Succeeded => Status == InvocationStatus.Succeeded;
}

internal enum InvocationStatus
{
    Succeeded,
    Failed,
    Cancelled,
}

/// <summary>Told of every finished invocation (the console log is one; tests add their own).</summary>
internal interface IInvocationObserver
{
    void OnCompleted(InvocationOutcome outcome);
}
