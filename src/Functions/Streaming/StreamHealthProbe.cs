using System.Globalization;
using Microsoft.Extensions.Options;
using Sentinel.Functions.Platform.Health;

namespace Sentinel.Functions.Streaming;

/// <summary>
/// Component <c>stream</c>: off, streaming, or down with the polling tick as the fallback (degraded, with the reason).
/// Reads this instance's state only: no exchange call.
/// </summary>
internal sealed class StreamHealthProbe(StreamState state, IOptions<StreamingOptions> options) : IHealthProbe
{
    public string Name => "stream";

    public Task<HealthProbeResult> CheckAsync(CancellationToken cancellationToken = default) => Task.FromResult(
        !options.Value.Enabled ? HealthProbeResult.Healthy("Off (Streaming__Enabled=false): the polling tick watches the account.")
        : state.Mode switch
        {
            StreamMode.Streaming => HealthProbeResult.Healthy($"Streaming since {Stamp(state.Since)}: {state.Updates} updates, {state.Evaluations} evaluations."),
            StreamMode.PollingFallback => HealthProbeResult.Degraded($"Stream down since {Stamp(state.Since)} ({state.Reason}): falling back to the polling tick."),
            _ => HealthProbeResult.Healthy("On; no watch has run on this instance yet."),
        });

    private static string Stamp(DateTimeOffset? at) => at?.ToString("O", CultureInfo.InvariantCulture) ?? "?";
}
