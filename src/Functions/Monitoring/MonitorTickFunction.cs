using Microsoft.Azure.Functions.Worker;
using Sentinel.Core.Ticks;

namespace Sentinel.Functions.Monitoring;

/// <summary>
/// The timer function <c>MonitorTick</c> (schedule: app setting <c>MONITOR_SCHEDULE</c>). A recorded exchange failure
/// is a successful invocation (the tick did its job: it stored the failure for stale-data alerts); a storage
/// failure propagates and fails the invocation.
/// </summary>
public sealed partial class MonitorTickFunction(MonitorTick tick, ILogger<MonitorTickFunction> logger)
{
    public const string Name = "MonitorTick";

    [Function(Name)]
    public async Task RunAsync([TimerTrigger("%" + MonitorOptions.ScheduleSetting + "%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        var result = await tick.RunAsync(cancellationToken).ConfigureAwait(false);
        LogOutcome(logger, result switch
        {
            { Outcome: TickOutcome.Skipped } => "Skipped: another tick holds the lease.",
            { Outcome: TickOutcome.ExchangeFailed, Status.LastFailure: { } failure } => $"Exchange read failed ({failure.Kind}); recorded.",
            { Snapshot: { } snapshot } => $"Stored {snapshot.Tickers.Count} tickers and {snapshot.Positions.Count} positions.",
            _ => result.Outcome.ToString(),
        });
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "MonitorTick: {Outcome}")]
    private static partial void LogOutcome(ILogger logger, string outcome);
}
