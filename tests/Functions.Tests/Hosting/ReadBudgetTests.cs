using Functions.Tests.Hosting.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Sentinel.Functions.Platform.Invocation;
using Sentinel.Functions.Platform.Telemetry;
using Sentinel.Functions.Platform.Health;

namespace Functions.Tests.Hosting;

/// <summary>A read that outlasts its budget is answered 503; a write is never cut off.</summary>
public sealed class ReadBudgetTests
{
    private readonly FakeTimeProvider _clock = new();

    [Fact]
    public async Task ReadOutlastingItsBudget_Answers503ProblemDetails()
    {
        var hung = new TaskCompletionSource();
        var run = Middleware().RunAsync(Info(), Request("GET"), () => hung.Task);

        _clock.Advance(TimeSpan.FromSeconds(10));
        var result = await run;

        var problem = Assert.IsType<ProblemHttpResult>(result);
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, problem.StatusCode);
        Assert.StartsWith("A dependency did not answer in time.", problem.ProblemDetails.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteTakingLong_IsNotCutOff()
    {
        var slow = new TaskCompletionSource();
        var run = Middleware().RunAsync(Info(), Request("POST"), () => slow.Task);

        _clock.Advance(TimeSpan.FromMinutes(5));
        var stillRunning = !run.IsCompleted;
        slow.SetResult();

        Assert.True(stillRunning);
        Assert.Null(await run);
    }

    private InvocationMiddleware Middleware() => new(
        new SentinelTelemetry(new TestMeterFactory()), _clock, Options.Create(new HostingOptions()), NullLogger<InvocationMiddleware>.Instance);

    private static InvocationInfo Info() => new("Positions", Guid.NewGuid().ToString(), "http", false);

    private static DefaultHttpContext Request(string method) => new() { Request = { Method = method } };
}
