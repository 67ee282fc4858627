using Microsoft.Extensions.Logging;

namespace Sentinel.LocalHost.Timers;

/// <summary>
/// Fires each timer function on its schedule, one invocation at a time per function: the next occurrence is
/// waited for only after the current run has finished. A run that overran one or more occurrences is followed
/// by a single catch-up run at once, flagged past due; so is a run the clock reached only after its next
/// occurrence had also passed (the machine slept, say).
/// </summary>
internal sealed class TimerScheduler(IReadOnlyList<TimerFunction> timers, TimeProvider timeProvider, ILogger<TimerScheduler> logger) : IAsyncDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<Task> _loops = [];

    public IReadOnlyList<TimerFunction> Timers { get; } = timers;

    /// <summary>Starts one loop per timer; each has registered its first wait by the time this returns.</summary>
    public void Start()
    {
        foreach (var timer in Timers)
        {
            _loops.Add(RunLoopAsync(timer, _stopping.Token));
        }
    }

    public TimerFunction? Find(string name) =>
        Timers.FirstOrDefault(timer => string.Equals(timer.Function.Name, name, StringComparison.OrdinalIgnoreCase));

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await Task.WhenAll(_loops);
        _stopping.Dispose();
    }

    private async Task RunLoopAsync(TimerFunction timer, CancellationToken cancellationToken)
    {
        try
        {
            var now = timeProvider.GetUtcNow();
            if (timer.RunOnStartup)
            {
                await timer.RunAsync(now, isPastDue: false, cancellationToken);
            }

            var due = timer.Schedule.Next(now);
            var pastDue = false;
            while (!cancellationToken.IsCancellationRequested)
            {
                logger.LogDebug("Timer '{Function}' next fires at {Due:u}", timer.Function.Name, due);
                var wait = due - timeProvider.GetUtcNow();
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, timeProvider, cancellationToken);
                }

                var following = timer.Schedule.Next(due);
                pastDue |= following <= timeProvider.GetUtcNow();
                await timer.RunAsync(due, pastDue, cancellationToken);

                now = timeProvider.GetUtcNow();
                pastDue = following <= now;
                due = pastDue ? now : following;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }
}
