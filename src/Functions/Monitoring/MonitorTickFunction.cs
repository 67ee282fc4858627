using Sentinel.Functions.Hosting.Declarations;
using Sentinel.Functions.Hosting.Timers;

namespace Sentinel.Functions.Monitoring;

/// <summary>
/// The timer function <c>MonitorTick</c> (schedule <c>%MONITOR_SCHEDULE%</c>). A recorded exchange failure is a
/// successful invocation (the tick did its job: it stored the failure for stale-data alerts); a storage failure
/// propagates and fails the invocation.
/// </summary>
public sealed class MonitorTickFunction(MonitorTick tick) : ITimerFunction
{
    public const string Name = "MonitorTick";

    public async Task RunAsync(TimerInvocation invocation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var result = await tick.RunAsync(cancellationToken).ConfigureAwait(false);
        invocation.Log(result switch
        {
            { Outcome: TickOutcome.Skipped } => "Skipped: another tick holds the lease.",
            { Outcome: TickOutcome.ExchangeFailed, Status.LastFailure: { } failure } => $"Exchange read failed ({failure.Kind}); recorded.",
            { Snapshot: { } snapshot } => $"Stored {snapshot.Tickers.Count} tickers and {snapshot.Positions.Count} positions.",
            _ => result.Outcome.ToString(),
        });
    }
}
