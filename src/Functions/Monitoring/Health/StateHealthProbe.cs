using Sentinel.Functions.Platform.Health;
using Sentinel.Functions.Platform.State;

namespace Sentinel.Functions.Monitoring.Health;

/// <summary>Component <c>state</c>: the Table service answers within a few seconds (<see cref="TableStateHealth"/>).</summary>
internal sealed class StateHealthProbe(TableStateHealth health) : IHealthProbe
{
    public string Name => "state";

    public async Task<HealthProbeResult> CheckAsync(CancellationToken cancellationToken = default) =>
        HealthProbeResults.From(await health.CheckAsync(cancellationToken).ConfigureAwait(false));
}
