using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Functions.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Sentinel.Functions.Platform.Errors;
using Sentinel.Functions.Platform.Http;
using Sentinel.Functions.Platform.Invocation;

namespace Functions.Tests.Platform.Errors;

/// <summary>Every error of an HTTP function leaves as RFC 9457 problem details carrying the invocation id; a failing timer fails its invocation.</summary>
public sealed class ErrorHandlingTests
{
    [Fact]
    public async Task HttpFunctionThrows_Answers500ProblemWithInvocationIdAndNoInternals()
    {
        await using var app = await StartAsync();

        using var response = await app.Client.GetAsync("/api/boom");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("hunter2", text, StringComparison.Ordinal);
        var problem = JsonNode.Parse(text)!;
        var id = problem["invocationId"]!.GetValue<string>();
        Assert.Equal(response.Headers.GetValues(InvocationIds.ResponseHeader).Single(), id);
        Assert.Contains(app.Logs.Lines, l => l.Level == LogLevel.Error && l.Exception is InvalidOperationException && id.Equals(l.Scope[InvocationIds.ScopeKey]));
    }

    [Fact]
    public async Task HttpFunctionWithInvalidJsonBody_Answers400Problem()
    {
        await using var app = await StartAsync();
        using var content = new StringContent("{\"name\": ", Encoding.UTF8, "application/json");

        using var response = await app.Client.PostAsync("/api/echo", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task HttpFunctionGivenABodyThatIsNotJson_Answers415Problem()
    {
        await using var app = await StartAsync();
        using var content = new StringContent("name=x", Encoding.UTF8, "application/x-www-form-urlencoded");

        using var response = await app.Client.PostAsync("/api/echo", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("JSON", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HttpFunctionSucceeds_ResponseCarriesTheInvocationIdOfItsLogLines()
    {
        await using var app = await StartAsync();
        using var content = new StringContent("{\"name\": \"x\"}", Encoding.UTF8, "application/json");

        using var response = await app.Client.PostAsync("/api/echo", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var line = Assert.Single(app.Logs.Lines, l => l.Message == "echo ran");
        Assert.Equal(response.Headers.GetValues(InvocationIds.ResponseHeader).Single(), line.Scope[InvocationIds.ScopeKey]);
        Assert.Equal("Echo", line.Scope["FunctionName"]);
    }

    [Fact]
    public async Task TimerFunctionThrows_InvocationFails_AndTheErrorIsLoggedUnderItsInvocation()
    {
        await using var app = await StartAsync();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => app.InvokeTimerAsync("FailingTick"));

        Assert.Equal("secret-detail", error.Message);
        var line = Assert.Single(app.Logs.Lines, l => l.Level == LogLevel.Error);
        Assert.Same(error, line.Exception);
        Assert.Equal("FailingTick", line.Scope["FunctionName"]);
        Assert.True(Guid.TryParse((string)line.Scope[InvocationIds.ScopeKey]!, out _));
    }

    [Theory]
    [InlineData(typeof(JsonException), 400)]
    [InlineData(typeof(OperationCanceledException), 499)]
    [InlineData(typeof(InvalidOperationException), 500)]
    [InlineData(typeof(NullReferenceException), 500)]
    public void Map_GivesEachExceptionKindItsStatus(Type exceptionType, int status)
    {
        var problem = ExceptionProblems.Map((Exception)Activator.CreateInstance(exceptionType)!);

        Assert.Equal(status, problem.Status);
    }

    [Fact]
    public void Map_BadRequest_KeepsItsStatusAndMessage()
    {
        var problem = ExceptionProblems.Map(new BadHttpRequestException("Query parameter 'all' must be true or false."));

        Assert.Equal(400, problem.Status);
        Assert.Equal("Query parameter 'all' must be true or false.", problem.Detail);
    }

    private static Task<SentinelTestApp> StartAsync() =>
        SentinelTestApp.StartAsync(new SentinelTestAppOptions { Scope = AppScope.HostingOnly, ExtraFunctions = [typeof(TestFunctions)] });

    public sealed record RuleBody(string Name);

    internal sealed class TestFunctions(ILogger<TestFunctions> logger)
    {
        [Function("Boom")]
        public Task<IResult> BoomAsync([HttpTrigger(AuthorizationLevel.Function, "get", Route = "boom")] HttpRequest request) =>
            throw new InvalidOperationException("connection string Password=hunter2");

        [Function("Echo")]
        public async Task<IResult> EchoAsync([HttpTrigger(AuthorizationLevel.Function, "post", Route = "echo")] HttpRequest request, CancellationToken cancellationToken)
        {
            var body = await request.JsonBodyAsync<RuleBody>(cancellationToken);
            logger.LogInformation("echo ran");
            return TypedResults.Ok(body);
        }

        [Function("FailingTick")]
        public Task RunAsync([TimerTrigger("0 0 * * * *")] TimerInfo timer) => throw new InvalidOperationException("secret-detail");
    }
}
