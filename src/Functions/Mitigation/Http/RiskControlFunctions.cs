using Microsoft.Azure.Functions.Worker;
using Sentinel.Functions.Platform.Http;
using Sentinel.Functions.Platform.Audit;

namespace Sentinel.Functions.Mitigation.Http;

/// <summary>The guard's switches over HTTP (function key required): <c>GET/PUT /api/risk/control</c>.</summary>
public sealed class RiskControlFunctions(RiskControlStore store, AuditLog audit)
{
    [Function("GetRiskControl")]
    public async Task<IResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "risk/control")] HttpRequest request, CancellationToken cancellationToken) =>
        await RiskControlEndpoints.GetAsync(store, cancellationToken);

    [Function("SetRiskControl")]
    public async Task<IResult> SetAsync(
        [HttpTrigger(AuthorizationLevel.Function, "put", Route = "risk/control")] HttpRequest request, CancellationToken cancellationToken) =>
        await RiskControlEndpoints.SetAsync(await request.JsonBodyAsync<RiskControlRequest>(cancellationToken), request.HttpContext, store, audit, cancellationToken);
}
