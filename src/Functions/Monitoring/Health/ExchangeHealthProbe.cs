using Sentinel.Functions.Platform.Exchange;
using Sentinel.Functions.Platform.Health;
using Sentinel.Core.Ticks;

namespace Sentinel.Functions.Monitoring.Health;

/// <summary>
/// Component <c>exchange</c>: the outcome of the last tick's exchange read (no extra exchange call, so health
/// checks never spend rate limit). Rate-limited is degraded; unreachable, refused credentials or no adapter is unhealthy.
/// </summary>
internal sealed class ExchangeHealthProbe(SnapshotStore store, ExchangePortProvider exchange) : IHealthProbe
{
    public string Name => "exchange";

    public async Task<HealthProbeResult> CheckAsync(CancellationToken cancellationToken = default)
    {
        if (!exchange.IsConfigured)
        {
            return HealthProbeResult.Unhealthy("No exchange adapter is registered.");
        }

        var status = await store.ReadStatusAsync(cancellationToken).ConfigureAwait(false);
        return status switch
        {
            null => HealthProbeResult.Healthy("Not called yet."),
            { LastFailure: null } => HealthProbeResult.Healthy($"Last read succeeded ({status.AccountKind?.ToString().ToLowerInvariant()} account)."),
            { LastFailure.Kind: TickFailureKind.RateLimited } => HealthProbeResult.Degraded("Rate limited at the last read."),
            { LastFailure: { } failure } => HealthProbeResult.Unhealthy($"Last read failed: {failure.Kind.ToString().ToLowerInvariant()}."),
        };
    }
}
