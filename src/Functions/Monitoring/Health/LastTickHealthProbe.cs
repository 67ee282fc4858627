using Microsoft.Extensions.Options;
using Sentinel.Functions.Platform.Health;

namespace Sentinel.Functions.Monitoring.Health;

/// <summary>
/// Component <c>tick</c>: degraded when the last tick ran, or the last successful one completed, longer ago than
/// <see cref="MonitorOptions.StaleAfterIntervals"/> schedule intervals. Before the first tick it is healthy during
/// that grace period after start, degraded after it. Also degraded when this instance skipped more than one tick in
/// a row because another holder had the tick's lease (one skip is a tick that ran long; more is a stuck holder).
/// </summary>
internal sealed class LastTickHealthProbe(
    SnapshotStore store, MonitorSchedule schedule, MonitorStartup startup, TickSkips skips, IOptions<MonitorOptions> options, TimeProvider timeProvider) : IHealthProbe
{
    public string Name => "tick";

    public async Task<HealthProbeResult> CheckAsync(CancellationToken cancellationToken = default)
    {
        var result = await CheckTicksAsync(cancellationToken).ConfigureAwait(false);
        var (total, inARow, lastAt) = skips.Current;
        if (total == 0)
        {
            return result;
        }

        var skipped = $"{inARow} tick(s) in a row skipped because another holder has the lease {MonitorTick.LeaseName} ({total} since start, the last {Age(timeProvider.GetUtcNow() - lastAt!.Value)} ago).";
        var detail = $"{result.Detail} {skipped}";
        return inARow > 1 && result.Status == HealthStatus.Healthy ? HealthProbeResult.Degraded(detail) : result with { Detail = detail };
    }

    private async Task<HealthProbeResult> CheckTicksAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var allowed = schedule.IntervalAfter(now) * options.Value.StaleAfterIntervals;
        var status = await store.ReadStatusAsync(cancellationToken).ConfigureAwait(false);
        if (status is null)
        {
            return startup.StartedAt is { } started && now - started <= allowed
                ? HealthProbeResult.Healthy("Waiting for the first tick.")
                : HealthProbeResult.Degraded("No monitoring tick has run yet.");
        }

        if (now - status.LastAttemptAt > allowed)
        {
            return HealthProbeResult.Degraded($"The last tick ran {Age(now - status.LastAttemptAt)} ago; more than {Age(allowed)} allowed.");
        }

        if (status.LastSuccessAt is not { } success || now - success > allowed)
        {
            var since = status.LastSuccessAt is { } at ? $"{Age(now - at)} ago" : "never";
            return HealthProbeResult.Degraded($"Ticks run but the last successful read was {since}; {status.ConsecutiveFailures} consecutive failures.");
        }

        return HealthProbeResult.Healthy($"Last tick {Age(now - status.LastAttemptAt)} ago, {status.LastDuration.TotalMilliseconds:0} ms; last successful tick {Age(now - success)} ago.");
    }

    private static string Age(TimeSpan age) => age.TotalSeconds < 120 ? $"{age.TotalSeconds:0} s" : $"{age.TotalMinutes:0} min";
}
