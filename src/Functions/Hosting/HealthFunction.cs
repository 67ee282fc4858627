using Microsoft.Azure.Functions.Worker;
using Sentinel.Functions.Platform.Health;

namespace Sentinel.Functions.Hosting;

/// <summary><c>GET /api/health</c> (anonymous): 200 when every probe is healthy, else 503, with each component.</summary>
public sealed class HealthFunction(HealthReporter reporter)
{
    public const string Name = "Health";

    [Function(Name)]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request, CancellationToken cancellationToken)
    {
        var report = await reporter.CheckAsync(cancellationToken).ConfigureAwait(false);
        var code = report.Status == HealthStatus.Healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable;
        return TypedResults.Json(report, statusCode: code);
    }
}
