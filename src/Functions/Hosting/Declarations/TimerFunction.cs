using Sentinel.Functions.Hosting.Timers;

namespace Sentinel.Functions.Hosting.Declarations;

/// <summary>A declared timer function: its metadata and its body. Attached to the function's invocation endpoint.</summary>
public sealed record TimerFunction(TimerFunctionMetadata Metadata, Func<TimerInvocation, CancellationToken, Task> Handler)
{
    public string Name => Metadata.Name;
}
