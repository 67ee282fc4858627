using Sentinel.LocalHost.Functions;
using Sentinel.LocalHost.Worker.Rpc;

namespace Sentinel.LocalHost.Timers;

/// <summary>
/// One timer function: its schedule, its status between runs (in memory: the local host keeps no schedule
/// monitor in storage), and a gate so that scheduled and on-demand runs never overlap.
/// </summary>
internal sealed class TimerFunction(HostedFunction function, TimerSchedule schedule, IFunctionInvoker invoker, TimeProvider timeProvider) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private DateTimeOffset? _last;
    private DateTimeOffset? _lastUpdated;

    public HostedFunction Function { get; } = function;

    public TimerSchedule Schedule { get; } = schedule;

    public bool RunOnStartup => Function.Trigger is TimerTrigger { RunOnStartup: true };

    /// <summary>Runs the function for the occurrence <paramref name="due"/>, after any run still in progress.</summary>
    public async Task<InvocationOutcome> RunAsync(DateTimeOffset due, bool isPastDue, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var input = new TypedData { Json = TimerInfoPayload.Create(_last, due, _lastUpdated, isPastDue) };
            var outcome = await invoker.InvokeAsync(Function, Guid.NewGuid().ToString(), input, cancellationToken: cancellationToken);
            _last = due;
            _lastUpdated = timeProvider.GetUtcNow();
            return outcome;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
