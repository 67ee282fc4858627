using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Sentinel.Functions.Platform.State;

/// <summary>
/// The state store answers: one page of one table name, within <see cref="Timeout"/> (shorter than the health
/// probe's own cut-off, on a client without retries, see <see cref="ClientOptions"/>), so a failure is reported with
/// its reason — the status and the service's error code, or the transport error — rather than as a probe that did not
/// answer. Reports the endpoint, never credentials. Creates nothing: tables are created on first use.
/// </summary>
internal sealed class TableStateHealth(TableServiceClient service)
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    /// <summary>
    /// The probe's client: the app's own client settings (<paramref name="configure"/>, e.g. pipeline policies), but one
    /// attempt, each network operation cut off within <see cref="Timeout"/>.
    /// </summary>
    public static TableClientOptions ClientOptions(Action<TableClientOptions>? configure)
    {
        var options = new TableClientOptions();
        configure?.Invoke(options);
        options.Retry.MaxRetries = 0;
        options.Retry.NetworkTimeout = Timeout;
        return options;
    }

    public async Task<HealthCheckResult> CheckAsync(CancellationToken cancellationToken = default)
    {
        var endpoint = service.Uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await foreach (var _ in service.QueryAsync(maxPerPage: 1, cancellationToken: timeout.Token).AsPages(pageSizeHint: 1).ConfigureAwait(false))
            {
                break;
            }

            return HealthCheckResult.Healthy($"Table service {endpoint} reachable.");
        }
        catch (RequestFailedException e) when (e.Status != 0)
        {
            return HealthCheckResult.Unhealthy($"Table service {endpoint} refused: {e.Status} {e.ErrorCode ?? e.GetRawResponse()?.ReasonPhrase}.");
        }
        catch (RequestFailedException e)
        {
            return HealthCheckResult.Unhealthy($"Table service {endpoint} unreachable: {e.InnerException?.Message ?? e.Message}");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"Table service {endpoint} did not answer within {Timeout.TotalSeconds:0} s.");
        }
    }
}
