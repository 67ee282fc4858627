using Microsoft.Extensions.Diagnostics.HealthChecks;
using Sentinel.Functions.State.Tables;

namespace Sentinel.Functions.State;

/// <summary>
/// The state store is reachable and its tables exist (creating any missing one, which is idempotent).
/// Reports the endpoint and the error code, never credentials.
/// </summary>
public sealed class TableStateHealth(TableServiceClient service) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var created = new List<string>();
            foreach (var table in StateTables.All)
            {
                if (await service.CreateTableIfNotExistsAsync(table, cancellationToken).ConfigureAwait(false))
                {
                    created.Add(table);
                }
            }

            await service.ListTablesAsync(1, cancellationToken).ConfigureAwait(false);
            var note = created.Count > 0 ? $"; created {string.Join(", ", created)}" : string.Empty;
            return HealthCheckResult.Healthy($"Table service {service.Endpoint} reachable, {StateTables.All.Count} tables present{note}.");
        }
        catch (TableRequestException e)
        {
            return HealthCheckResult.Unhealthy($"Table service {service.Endpoint} failed: {e.Status} {e.ErrorCode}.");
        }
    }

    Task<HealthCheckResult> IHealthCheck.CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken) => CheckAsync(cancellationToken);
}
