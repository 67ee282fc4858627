using Microsoft.Azure.Functions.Worker;
using Sentinel.Functions.Platform.Http;
using Sentinel.Functions.Platform.Audit;

namespace Sentinel.Functions.Alerting.Http;

/// <summary>
/// Alerts over HTTP (function key required): <c>GET /api/alerts</c> (filters <c>status</c>, <c>rule</c>,
/// <c>symbol</c>, <c>severity</c>) and <c>POST /api/alerts/{id}/ack</c>.
/// </summary>
public sealed class AlertFunctions(AlertStateStore states, RuleStore rules, AuditLog audit, TimeProvider timeProvider)
{
    [Function("ListAlerts")]
    public async Task<IResult> ListAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "alerts")] HttpRequest request, CancellationToken cancellationToken) =>
        await AlertEndpoints.ListAsync(
            request.Query("status"), request.Query("rule"), request.Query("symbol"), request.Query("severity"), states, rules, timeProvider, cancellationToken);

    [Function("AcknowledgeAlert")]
    public async Task<IResult> AcknowledgeAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "alerts/{id}/ack")] HttpRequest request, CancellationToken cancellationToken) =>
        await AlertEndpoints.AcknowledgeAsync(request.Route("id"), request.HttpContext, states, audit, timeProvider, cancellationToken);
}
