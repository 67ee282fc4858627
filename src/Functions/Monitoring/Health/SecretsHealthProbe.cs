using Sentinel.Functions.Platform.Health;
using Sentinel.Functions.Platform.Secrets;

namespace Sentinel.Functions.Monitoring.Health;

/// <summary>Component <c>secrets</c>: the Bitget secrets can be read (<see cref="SecretsHealth"/>); names missing ones, never values.</summary>
internal sealed class SecretsHealthProbe(SecretsHealth health) : IHealthProbe
{
    public string Name => "secrets";

    public async Task<HealthProbeResult> CheckAsync(CancellationToken cancellationToken = default) =>
        HealthProbeResults.From(await health.CheckAsync(cancellationToken).ConfigureAwait(false));
}
