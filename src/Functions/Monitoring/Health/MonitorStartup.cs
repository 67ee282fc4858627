using Microsoft.Extensions.Hosting;

namespace Sentinel.Functions.Monitoring.Health;

/// <summary>Remembers when the app started, so the first tick gets a grace period before the tick counts as late.</summary>
internal sealed class MonitorStartup(TimeProvider timeProvider) : IHostedService
{
    public DateTimeOffset? StartedAt { get; private set; }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        StartedAt = timeProvider.GetUtcNow();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
