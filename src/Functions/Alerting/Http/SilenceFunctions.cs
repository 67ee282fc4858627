using Microsoft.Azure.Functions.Worker;
using Sentinel.Functions.Platform.Http;
using Sentinel.Functions.Platform.Audit;

namespace Sentinel.Functions.Alerting.Http;

/// <summary>
/// Silences over HTTP (function key required): <c>GET /api/silences[?all=true]</c>, <c>POST /api/silences</c>,
/// <c>DELETE /api/silences/{id}</c>.
/// </summary>
public sealed class SilenceFunctions(SilenceStore store, AuditLog audit, TimeProvider timeProvider)
{
    [Function("ListSilences")]
    public async Task<IResult> ListAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "silences")] HttpRequest request, CancellationToken cancellationToken) =>
        await SilenceEndpoints.ListAsync(request.QueryBool("all"), store, timeProvider, cancellationToken);

    [Function("CreateSilence")]
    public async Task<IResult> CreateAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "silences")] HttpRequest request, CancellationToken cancellationToken) =>
        await SilenceEndpoints.CreateAsync(
            await request.JsonBodyAsync<SilenceRequest>(cancellationToken), request.HttpContext, store, audit, timeProvider, cancellationToken);

    [Function("DeleteSilence")]
    public async Task<IResult> DeleteAsync(
        [HttpTrigger(AuthorizationLevel.Function, "delete", Route = "silences/{id}")] HttpRequest request, CancellationToken cancellationToken) =>
        await SilenceEndpoints.DeleteAsync(request.Route("id"), request.HttpContext, store, audit, cancellationToken);
}
