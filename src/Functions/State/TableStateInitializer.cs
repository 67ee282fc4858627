using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Sentinel.Functions.State;

/// <summary>
/// Creates the app's tables at start. A store that is down is reported, not fatal: the host must listen
/// within 60 s, and the health probe retries the creation later.
/// </summary>
internal sealed partial class TableStateInitializer(TableStateHealth health, ILogger<TableStateInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var result = await health.CheckAsync(cancellationToken).ConfigureAwait(false);
        if (result.Status == Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy)
        {
            LogReady(logger, result.Description ?? string.Empty);
        }
        else
        {
            LogUnavailable(logger, result.Description ?? string.Empty);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "State store ready: {Detail}")]
    private static partial void LogReady(ILogger logger, string detail);

    [LoggerMessage(Level = LogLevel.Error, Message = "State store unavailable at start: {Detail}")]
    private static partial void LogUnavailable(ILogger logger, string detail);
}
