using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using Sentinel.Functions.Platform.Configuration;
using Sentinel.Functions.Platform.Exchange;
using Sentinel.Functions.Platform.Http;
using Sentinel.Functions.Platform.Health;

namespace Sentinel.Functions.Monitoring.Http;

/// <summary>
/// What the monitoring tick stored, over HTTP (function key required): <c>GET /api/status</c>,
/// <c>GET /api/positions</c>, <c>GET /api/snapshot[?symbol=]</c>.
/// </summary>
public sealed class MonitoringFunctions(
    SnapshotStore store, ExchangePortProvider exchange, IOptions<SentinelOptions> sentinel, IOptions<ExchangeOptions> options, IOptions<HostingOptions> hosting, TimeProvider timeProvider)
{
    [Function("Status")]
    public async Task<IResult> StatusAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "status")] HttpRequest request, CancellationToken cancellationToken) =>
        await MonitoringEndpoints.GetStatusAsync(store, exchange, sentinel, options, hosting.Value.ReadTimeout / 2, timeProvider, cancellationToken);

    [Function("Positions")]
    public async Task<IResult> PositionsAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "positions")] HttpRequest request, CancellationToken cancellationToken) =>
        await MonitoringEndpoints.GetPositionsAsync(store, cancellationToken);

    [Function("Snapshot")]
    public async Task<IResult> SnapshotAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "snapshot")] HttpRequest request, CancellationToken cancellationToken) =>
        await MonitoringEndpoints.GetSnapshotAsync(store, request.Query("symbol"), cancellationToken);
}
