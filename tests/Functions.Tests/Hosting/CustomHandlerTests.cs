using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Functions.Tests.Hosting.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Sentinel.Functions.Hosting;
using Sentinel.Functions.Hosting.Declarations;
using Sentinel.Functions.Hosting.Invocation;
using Sentinel.Functions.Hosting.Timers;

namespace Functions.Tests.Hosting;

/// <summary>The app as the Functions host sees it: FUNCTIONS_CUSTOMHANDLER_PORT set, real Kestrel on that port.</summary>
public sealed class CustomHandlerTests : IAsyncLifetime
{
    private readonly List<TimerInvocation> _invocations = [];
    private TestApp _app = null!;

    public async Task InitializeAsync() => _app = await TestApp.StartAsync(HostingMode.CustomHandler, Map);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task TimerInvocation_HostSamplePayload_RunsHandlerWithTheTimerInfo()
    {
        using var response = await PostSampleAsync("/MonitorTick");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var invocation = Assert.Single(_invocations);
        Assert.Equal("MonitorTick", invocation.FunctionName);
        Assert.False(invocation.Timer.IsPastDue);
        Assert.Null(invocation.Timer.ScheduleStatus);
        Assert.True(invocation.Timer.Schedule.AdjustForDst);
        Assert.Equal("83a33220-a921-460a-bec0-b3f043dcf1ff", invocation.InvocationId);
    }

    [Fact]
    public async Task TimerInvocation_DocumentedTimerObjectWithScheduleStatus_ReachesTheHandler()
    {
        var body = new JsonObject
        {
            ["Data"] = new JsonObject { ["timer"] = JsonNode.Parse(Samples.Read("timer-object.json")) },
            ["Metadata"] = new JsonObject(),
        };
        using var content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");

        using var response = await _app.Client.PostAsync("/MonitorTick", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var timer = Assert.Single(_invocations).Timer;
        Assert.Equal(
            new ScheduleStatus(
                new DateTimeOffset(2016, 10, 4, 10, 15, 0, TimeSpan.Zero),
                new DateTimeOffset(2016, 10, 4, 10, 20, 0, TimeSpan.Zero),
                new DateTimeOffset(2016, 10, 4, 10, 16, 0, TimeSpan.Zero)),
            timer.ScheduleStatus);
        Assert.False(timer.IsPastDue);
        Assert.True(Guid.TryParse(response.Headers.GetValues(InvocationIds.ResponseHeader).Single(), out _));
    }

    [Fact]
    public async Task TimerInvocation_Succeeds_AnswersExactlyOutputsLogsAndReturnValue()
    {
        using var response = await PostSampleAsync("/MonitorTick");

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        var documented = JsonNode.Parse(Samples.Read("response-payload.json"))!.AsObject();
        Assert.Equal(documented.Select(p => p.Key), body.Select(p => p.Key));
        Assert.Empty(body["Outputs"]!.AsObject());
        Assert.Null(body["ReturnValue"]);
        var logs = body["Logs"]!.AsArray().Select(line => line!.GetValue<string>()).ToList();
        Assert.Equal("tick handled", logs[0]);
        Assert.Contains(logs, line => line.Contains("83a33220-a921-460a-bec0-b3f043dcf1ff", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TimerInvocation_HandlerThrows_AnswersNon2xxProblemWithoutTheExceptionMessage()
    {
        using var response = await PostSampleAsync("/FailingTick");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("secret-detail", text, StringComparison.Ordinal);
        var problem = JsonNode.Parse(text)!;
        Assert.Equal(500, problem["status"]!.GetValue<int>());
        Assert.Equal("83a33220-a921-460a-bec0-b3f043dcf1ff", problem["invocationId"]!.GetValue<string>());
        Assert.Contains("FailingTick", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        var error = Assert.Single(_app.Logs.Lines, l => l.Level == LogLevel.Error);
        Assert.IsType<InvalidOperationException>(error.Exception);
        Assert.Equal("83a33220-a921-460a-bec0-b3f043dcf1ff", error.Scope[InvocationIds.ScopeKey]);
    }

    [Fact]
    public async Task TimerInvocation_PayloadWithoutTheTimerBinding_Answers400Problem()
    {
        using var content = new StringContent(Samples.Read("queue-invocation.json"), Encoding.UTF8, "application/json");

        using var response = await _app.Client.PostAsync("/MonitorTick", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Contains("Data.timer", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(_invocations);
    }

    [Fact]
    public async Task TimerInvocation_BodyNotJson_Answers400Problem()
    {
        using var content = new StringContent("{not json", Encoding.UTF8, "application/json");

        using var response = await _app.Client.PostAsync("/MonitorTick", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ForwardedHttpRequest_DocumentedHelloSample_ServedUnderApiWithoutAKeyCheck()
    {
        var sample = JsonNode.Parse(Samples.Read("hello-forwarded-request.json"))!;
        using var request = new HttpRequestMessage(new HttpMethod(sample["method"]!.GetValue<string>()), sample["path"]!.GetValue<string>())
        {
            Content = new StringContent(sample["body"]!.GetValue<string>(), Encoding.UTF8, sample["contentType"]!.GetValue<string>()),
        };

        using var response = await _app.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Hello World!", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["message"]!.GetValue<string>());
        Assert.True(Guid.TryParse(response.Headers.GetValues(InvocationIds.ResponseHeader).Single(), out _));
    }

    [Fact]
    public async Task ForwardedHttpRequest_LogLinesCarryTheInvocationIdReturnedInTheHeader()
    {
        using var response = await _app.Client.GetAsync("/api/hello");

        var id = response.Headers.GetValues(InvocationIds.ResponseHeader).Single();
        var line = Assert.Single(_app.Logs.Lines, l => l.Message == "hello handler ran");
        Assert.Equal(id, line.Scope[InvocationIds.ScopeKey]);
    }

    [Fact]
    public async Task TimerInvocation_EveryLogLineOfTheInvocationCarriesTheHostInvocationId()
    {
        using var response = await PostSampleAsync("/MonitorTick");

        var lines = _app.Logs.Lines.Where(l => l.Scope.TryGetValue("FunctionName", out var name) && "MonitorTick".Equals(name)).ToList();
        Assert.Contains(lines, l => l.Message == "tick body ran");
        Assert.True(lines.Count >= 3);
        Assert.All(lines, l => Assert.Equal("83a33220-a921-460a-bec0-b3f043dcf1ff", l.Scope[InvocationIds.ScopeKey]));
    }

    [Fact]
    public async Task UnknownRoute_Answers404ProblemDetails()
    {
        using var response = await _app.Client.GetAsync("/api/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task WrongMethod_Answers405ProblemDetails()
    {
        using var response = await _app.Client.DeleteAsync("/api/hello");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<HttpResponseMessage> PostSampleAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(Samples.Read("timer-invocation.json"), Encoding.UTF8, "application/json"),
        };
        var headers = JsonSerializer.Deserialize<Dictionary<string, string>>(Samples.Read("timer-invocation.headers.json"))!;
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await _app.Client.SendAsync(request);
    }

    private void Map(WebApplication app)
    {
        app.MapTimerFunction("MonitorTick", "%MONITOR_SCHEDULE%", (invocation, _) =>
        {
            _invocations.Add(invocation);
            invocation.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Tick").LogInformation("tick body ran");
            invocation.Log("tick handled");
            return Task.CompletedTask;
        });
        app.MapTimerFunction("FailingTick", "0 0 * * * *", (_, _) => throw new InvalidOperationException("secret-detail"));
        app.MapMethods("/api/hello", ["GET", "POST"], async (HttpRequest request, ILoggerFactory loggers) =>
        {
            loggers.CreateLogger("Hello").LogInformation("hello handler ran");
            return request.Method == "GET"
                ? Results.Text("hello world")
                : Results.Text(await new StreamReader(request.Body).ReadToEndAsync(), "application/json");
        }).AsFunction("hello");
    }
}
