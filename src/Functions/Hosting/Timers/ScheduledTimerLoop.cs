using Sentinel.Functions.Observability;

namespace Sentinel.Functions.Hosting.Timers;

/// <summary>
/// Fires one timer function on its schedule in standalone mode. Runs are sequential, so a function never
/// overlaps itself: occurrences that fall due while a run is still going are skipped and reported, and the
/// latest of them runs as soon as the long run ends, flagged <see cref="TimerInfo.IsPastDue"/>.
/// </summary>
public sealed class ScheduledTimerLoop(
    string functionName,
    TimerSchedule schedule,
    Func<TimerInfo, CancellationToken, Task> invokeAsync,
    TimeProvider timeProvider,
    SentinelTelemetry telemetry,
    ILogger logger)
{
    /// <summary>A run starting later than this after its occurrence is past due; absorbs timer jitter.</summary>
    public static readonly TimeSpan PastDueTolerance = TimeSpan.FromSeconds(1);

    /// <summary>Timers cannot wait longer than about 49 days at once; sparse schedules wait in steps of this.</summary>
    private static readonly TimeSpan LongestWait = TimeSpan.FromDays(1);

    /// <summary>Raised right after the loop has armed its timer for the next occurrence (lets tests advance the clock safely).</summary>
    public event Action<string, DateTimeOffset>? Waiting;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        DateTimeOffset? last = null;
        var due = schedule.GetNextOccurrence(timeProvider.GetUtcNow());
        while (!cancellationToken.IsCancellationRequested)
        {
            if (!await WaitUntilAsync(due, cancellationToken))
            {
                return;
            }

            var following = schedule.GetNextOccurrence(due);
            await RunOnceAsync(due, following, last, cancellationToken);
            last = due;
            due = SkipMissed(following);
        }
    }

    private async Task<bool> WaitUntilAsync(DateTimeOffset due, CancellationToken cancellationToken)
    {
        TimeSpan remaining;
        while ((remaining = due - timeProvider.GetUtcNow()) > TimeSpan.Zero)
        {
            var delay = Task.Delay(remaining < LongestWait ? remaining : LongestWait, timeProvider, cancellationToken);
            Waiting?.Invoke(functionName, due);
            try
            {
                await delay;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return false;
            }
        }

        return !cancellationToken.IsCancellationRequested;
    }

    private async Task RunOnceAsync(DateTimeOffset due, DateTimeOffset following, DateTimeOffset? last, CancellationToken cancellationToken)
    {
        var startedAt = timeProvider.GetUtcNow();
        var late = startedAt - due;
        var info = new TimerInfo
        {
            ScheduleStatus = new ScheduleStatus(last ?? due, following, startedAt),
            IsPastDue = late > PastDueTolerance,
        };
        if (info.IsPastDue)
        {
            logger.LogWarning(
                "Timer function {FunctionName} is past due: occurrence {Occurrence:O} starts {LateMs} ms late",
                functionName, due, (long)late.TotalMilliseconds);
        }

        try
        {
            await invokeAsync(info, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            // The invoker has logged the failure with the invocation's scope; the schedule goes on.
            logger.LogDebug(exception, "Timer function {FunctionName} run for {Occurrence:O} failed", functionName, due);
        }
    }

    private DateTimeOffset SkipMissed(DateTimeOffset following)
    {
        var now = timeProvider.GetUtcNow();
        var due = following;
        var skipped = 0;
        for (var next = schedule.GetNextOccurrence(due); next < now; next = schedule.GetNextOccurrence(due))
        {
            skipped++;
            due = next;
        }

        if (due < now)
        {
            telemetry.TimerSkipped.Add(skipped, new KeyValuePair<string, object?>("function", functionName));
            logger.LogWarning(
                "Timer function {FunctionName} overran its schedule: {Missed} occurrence(s) fell due while it ran; " +
                "{Skipped} skipped, the latest ({Occurrence:O}) runs now",
                functionName, skipped + 1, skipped, due);
        }

        return due;
    }
}
