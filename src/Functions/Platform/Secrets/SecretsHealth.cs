using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Sentinel.Functions.Platform.Secrets;

/// <summary>The Bitget secrets can be read (through the cache). Reports names of missing secrets, never values.</summary>
internal sealed class SecretsHealth(ISecretProvider secrets) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckAsync(CancellationToken cancellationToken = default)
    {
        var missing = new List<string>();
        try
        {
            foreach (var name in SecretNames.Bitget)
            {
                if (await secrets.GetIfExistsAsync(name, cancellationToken).ConfigureAwait(false) is null)
                {
                    missing.Add(name);
                }
            }
        }
        catch (SecretUnavailableException e)
        {
            return HealthCheckResult.Unhealthy(e.Message);
        }

        return missing.Count == 0
            ? HealthCheckResult.Healthy("Bitget secrets readable.")
            : HealthCheckResult.Unhealthy($"Missing secrets: {string.Join(", ", missing)}.");
    }

    Task<HealthCheckResult> IHealthCheck.CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken) => CheckAsync(cancellationToken);
}
