using Microsoft.Azure.Functions.Worker;
using Sentinel.Functions.Platform.Http;
using Sentinel.Functions.Platform.Audit;

namespace Sentinel.Functions.Alerting.Http;

/// <summary>Rules over HTTP (function key required): <c>GET/POST /api/rules</c>, <c>GET/PUT/DELETE /api/rules/{id}</c>.</summary>
public sealed class RuleFunctions(RuleStore store, AuditLog audit)
{
    [Function("ListRules")]
    public async Task<IResult> ListAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "rules")] HttpRequest request, CancellationToken cancellationToken) =>
        await RuleEndpoints.ListAsync(store, cancellationToken);

    [Function("CreateRule")]
    public async Task<IResult> CreateAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "rules")] HttpRequest request, CancellationToken cancellationToken) =>
        await RuleEndpoints.CreateAsync(request.HttpContext, store, audit, cancellationToken);

    [Function("GetRule")]
    public async Task<IResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "rules/{id}")] HttpRequest request, CancellationToken cancellationToken) =>
        await RuleEndpoints.GetAsync(request.Route("id"), store, request.HttpContext.Response, cancellationToken);

    [Function("UpdateRule")]
    public async Task<IResult> UpdateAsync(
        [HttpTrigger(AuthorizationLevel.Function, "put", Route = "rules/{id}")] HttpRequest request, CancellationToken cancellationToken) =>
        await RuleEndpoints.UpdateAsync(request.Route("id"), request.HttpContext, store, audit, cancellationToken);

    [Function("DeleteRule")]
    public async Task<IResult> DeleteAsync(
        [HttpTrigger(AuthorizationLevel.Function, "delete", Route = "rules/{id}")] HttpRequest request, CancellationToken cancellationToken) =>
        await RuleEndpoints.DeleteAsync(request.Route("id"), request.HttpContext, store, audit, cancellationToken);
}
