using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Sentinel.LocalHost.Tests.Support;

namespace Sentinel.LocalHost.Tests.EndToEnd;

/// <summary>The published sample worker under the local host, called over loopback like any client would.</summary>
[Collection(SampleAppTests.Name)]
public sealed class HttpRouteTests(SampleAppFixture app)
{
    private SampleHost Host => app.Shared;

    [Fact]
    public async Task FunctionLevelRoute_WithoutKey_Answers401WithoutInvokingTheWorker()
    {
        var before = Host.Outcomes.Outcomes.Count(outcome => outcome.FunctionName == "Hello");

        using var response = await Host.Client.GetAsync("/sample/hello/world");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, Host.Outcomes.Outcomes.Count(outcome => outcome.FunctionName == "Hello"));
    }

    [Theory]
    [InlineData("wrong-key")]
    [InlineData("")]
    public async Task FunctionLevelRoute_WithAWrongOrEmptyKey_Answers401(string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/sample/hello/world");
        request.Headers.Add("x-functions-key", key);

        using var response = await Host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData(SampleHost.FunctionKey)]
    [InlineData(SampleHost.MasterKey)]
    public async Task FunctionLevelRoute_WithTheFunctionOrMasterKeyHeader_AnswersFromTheWorker(string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/sample/hello/world");
        request.Headers.Add("x-functions-key", key);

        using var response = await Host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"{SampleAppFixture.Greeting}, world", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task FunctionLevelRoute_WithTheKeyInTheCodeQuery_AnswersFromTheWorker()
    {
        using var response = await Host.Client.GetAsync($"/sample/hello/query?code={SampleHost.FunctionKey}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"{SampleAppFixture.Greeting}, query", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnonymousRoute_WithoutKey_AnswersFromTheWorkerWithTheCallersHost()
    {
        using var response = await Host.Client.GetAsync("/sample/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("ok", body.RootElement.GetProperty("status").GetString());
        Assert.Equal(Host.Host.Address.Authority, body.RootElement.GetProperty("forwardedHost").GetString());
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData(SampleHost.FunctionKey, HttpStatusCode.Unauthorized)]
    [InlineData(SampleHost.MasterKey, HttpStatusCode.OK)]
    public async Task AdminLevelRoute_TakesOnlyTheMasterKey(string? key, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/sample/secret");
        if (key is not null)
        {
            request.Headers.Add("x-functions-key", key);
        }

        using var response = await Host.Client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task ThrowingFunction_Answers500_IsReportedFailed_AndTheWorkersLogIsShown()
    {
        using var response = await Host.Client.PostAsync("/sample/explode", content: null);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var outcome = await Host.Outcomes.WaitForAsync(candidate => candidate.FunctionName == "Explode");
        Assert.False(outcome.Succeeded);
        Assert.Contains("Explode always fails", outcome.Error, StringComparison.Ordinal);
        Assert.True(Host.Console.Contains(LogLevel.Error, "Explode always fails"), "the worker's error log reaches the console");
        Assert.True(Host.Console.Contains(LogLevel.Error, "Executed 'Functions.Explode' (Failed"), "the host reports the failed invocation");
    }

    [Theory]
    [InlineData("/api/health")]
    [InlineData("/sample/nothing-here")]
    public async Task PathsOutsideTheFunctionsRoutes_Answer404(string path)
    {
        using var response = await Host.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task RouteWithTheWrongMethod_IsNotForwarded()
    {
        using var response = await Host.Client.PostAsync("/sample/health", content: null);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
