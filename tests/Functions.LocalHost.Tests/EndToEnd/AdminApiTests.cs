using System.Net;
using Microsoft.Extensions.Logging;
using Sentinel.LocalHost.Tests.Support;

namespace Sentinel.LocalHost.Tests.EndToEnd;

[Collection(SampleAppTests.Name)]
public sealed class AdminApiTests(SampleAppFixture app)
{
    private SampleHost Host => app.Shared;

    [Fact]
    public async Task RunTimerOnDemand_WithMasterKey_Answers202OnceTheTimerSucceeded()
    {
        using var response = await PostAsync("/admin/functions/Heartbeat", SampleHost.MasterKey);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var outcome = await Host.Outcomes.WaitForAsync(candidate => candidate.FunctionName == "Heartbeat" && candidate.Succeeded);
        Assert.True(outcome.Succeeded);
        Assert.True(Host.Console.Contains(LogLevel.Information, "Heartbeat ran (past due: False"), "the timer function's own log reaches the console");
    }

    [Fact]
    public async Task RunFailingTimerOnDemand_Answers500_AndTheFailureIsLogged()
    {
        using var response = await PostAsync("/admin/functions/BrokenTimer", SampleHost.MasterKey);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.True(Host.Console.Contains(LogLevel.Error, "Executed 'Functions.BrokenTimer' (Failed"), "the host reports the failed timer");
        Assert.True(Host.Console.Contains(LogLevel.Error, "BrokenTimer always fails"), "the worker's exception is shown");
    }

    [Theory]
    [InlineData(null)]
    [InlineData(SampleHost.FunctionKey)]
    public async Task AdminApi_WithoutTheMasterKey_Answers401AndRunsNothing(string? key)
    {
        var before = Host.Outcomes.Outcomes.Count;

        using var response = await PostAsync("/admin/functions/BrokenTimer", key);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(before, Host.Outcomes.Outcomes.Count);
    }

    [Theory]
    [InlineData("NoSuchFunction", HttpStatusCode.NotFound)]
    [InlineData("Hello", HttpStatusCode.BadRequest)]
    public async Task AdminApi_RefusesUnknownAndHttpFunctions(string name, HttpStatusCode expected)
    {
        using var response = await PostAsync($"/admin/functions/{name}", SampleHost.MasterKey);

        Assert.Equal(expected, response.StatusCode);
    }

    private async Task<HttpResponseMessage> PostAsync(string path, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path);
        if (key is not null)
        {
            request.Headers.Add("x-functions-key", key);
        }

        return await Host.Client.SendAsync(request);
    }
}
