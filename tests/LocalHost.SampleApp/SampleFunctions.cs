using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Sentinel.LocalHost.SampleApp;

/// <summary>One function of each kind the local host must serve: timers, keyed and anonymous HTTP, and failures.</summary>
public sealed class SampleFunctions(ILogger<SampleFunctions> logger, IConfiguration configuration)
{
    [Function("Heartbeat")]
    public void Heartbeat([TimerTrigger("%SAMPLE_SCHEDULE%")] TimerInfo timer)
    {
        ArgumentNullException.ThrowIfNull(timer);
        logger.LogInformation("Heartbeat ran (past due: {IsPastDue}, scheduled next: {Next:O})", timer.IsPastDue, timer.ScheduleStatus?.Next);
    }

    [Function("BrokenTimer")]
    public void BrokenTimer([TimerTrigger("0 0 0 1 1 *")] TimerInfo timer)
    {
        ArgumentNullException.ThrowIfNull(timer);
        throw new InvalidOperationException("BrokenTimer always fails");
    }

    [Function("Hello")]
    public IResult Hello([HttpTrigger(AuthorizationLevel.Function, "get", Route = "hello/{name}")] HttpRequest request, string name) =>
        Results.Text($"{configuration["SAMPLE_GREETING"] ?? "Hello"}, {name}");

    [Function("Health")]
    public IResult Health([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request) =>
        Results.Ok(new { status = "ok", forwardedHost = request.Host.Value });

    [Function("Secret")]
    public IResult Secret([HttpTrigger(AuthorizationLevel.Admin, "get", Route = "secret")] HttpRequest request) =>
        Results.Text("admin only");

    [Function("Explode")]
    public IResult Explode([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "explode")] HttpRequest request) =>
        throw new InvalidOperationException("Explode always fails");
}
