using Sentinel.Functions.Hosting.Timers;

namespace Sentinel.Functions.Hosting.Declarations;

/// <summary>A timer function's body, resolved from a fresh DI scope for every invocation.</summary>
public interface ITimerFunction
{
    Task RunAsync(TimerInvocation invocation, CancellationToken cancellationToken = default);
}
