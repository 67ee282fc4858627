using Microsoft.Azure.Functions.Worker;

namespace Sentinel.Functions.Actions.Http;

/// <summary>
/// The switches and the audit over HTTP (function key required): <c>GET/POST /api/killswitch</c>,
/// <c>GET/POST /api/mode</c>, <c>GET /api/audit</c>.
/// </summary>
public sealed class ControlFunctions(ActionPipeline pipeline, ControlActions control, AuditQuery audit)
{
    [Function("GetKillSwitch")]
    public async Task<IResult> GetKillSwitchAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "killswitch")] HttpRequest request, CancellationToken cancellationToken) =>
        (await control.ReadAsync(cancellationToken)).ToResult();

    [Function("SetKillSwitch")]
    public Task<IResult> SetKillSwitchAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "killswitch")] HttpRequest request, CancellationToken cancellationToken) =>
        pipeline.RunAsync(request, "killswitch", (body, who, _) => control.KillSwitchAsync(body, who, cancellationToken), cancellationToken);

    [Function("GetMode")]
    public async Task<IResult> GetModeAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "mode")] HttpRequest request, CancellationToken cancellationToken) =>
        (await control.ReadAsync(cancellationToken)).ToResult();

    [Function("SetMode")]
    public Task<IResult> SetModeAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "mode")] HttpRequest request, CancellationToken cancellationToken) =>
        pipeline.RunAsync(request, "mode", (body, who, _) => control.ModeAsync(body, who, cancellationToken), cancellationToken);

    [Function("QueryAudit")]
    public async Task<IResult> QueryAuditAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "audit")] HttpRequest request, CancellationToken cancellationToken) =>
        (await audit.QueryAsync(request.Query, cancellationToken)).ToResult();
}
