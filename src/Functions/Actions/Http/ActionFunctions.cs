using Microsoft.Azure.Functions.Worker;
using Sentinel.Core.Risk;

namespace Sentinel.Functions.Actions.Http;

/// <summary>
/// Manual actions over HTTP (function key required): <c>POST /api/actions/{close|reduce|stop-loss|cancel-orders}</c>
/// and <c>POST /api/flatten-all</c>, each through <see cref="ActionPipeline"/> (body checks, Idempotency-Key).
/// </summary>
public sealed class ActionFunctions(ActionPipeline pipeline, ManualActions actions, FlattenAll flatten)
{
    [Function("CloseAction")]
    public Task<IResult> CloseAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "actions/close")] HttpRequest request, CancellationToken cancellationToken) =>
        RunAsync(request, RiskActionKind.Close, cancellationToken);

    [Function("ReduceAction")]
    public Task<IResult> ReduceAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "actions/reduce")] HttpRequest request, CancellationToken cancellationToken) =>
        RunAsync(request, RiskActionKind.Reduce, cancellationToken);

    [Function("StopLossAction")]
    public Task<IResult> StopLossAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "actions/stop-loss")] HttpRequest request, CancellationToken cancellationToken) =>
        RunAsync(request, RiskActionKind.StopLoss, cancellationToken);

    [Function("CancelOrdersAction")]
    public Task<IResult> CancelOrdersAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "actions/cancel-orders")] HttpRequest request, CancellationToken cancellationToken) =>
        RunAsync(request, RiskActionKind.CancelOrders, cancellationToken);

    [Function("FlattenAll")]
    public Task<IResult> FlattenAllAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "flatten-all")] HttpRequest request, CancellationToken cancellationToken) =>
        pipeline.RunAsync(request, "flatten_all", (body, who, id) => flatten.HandleAsync(body, who, id, cancellationToken), cancellationToken);

    private Task<IResult> RunAsync(HttpRequest request, RiskActionKind kind, CancellationToken cancellationToken) =>
        pipeline.RunAsync(request, RiskStep.NameOf(kind), (body, who, id) => actions.HandleAsync(kind, body, who, id, cancellationToken), cancellationToken);
}
