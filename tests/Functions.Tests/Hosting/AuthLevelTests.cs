using System.Net;
using Functions.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Functions.Tests.Hosting;

/// <summary>The key check the tests' router does for each auth level, as the Functions host does it.</summary>
public sealed class AuthLevelTests : IAsyncLifetime
{
    private SentinelTestApp _app = null!;

    public async Task InitializeAsync()
    {
        _app = await SentinelTestApp.StartAsync(new SentinelTestAppOptions { Scope = AppScope.HostingOnly, ExtraFunctions = [typeof(LevelFunctions)] });
        _app.Client.DefaultRequestHeaders.Remove("x-functions-key");
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("/api/open", HttpStatusCode.OK)]
    [InlineData("/api/keyed", HttpStatusCode.Unauthorized)]
    [InlineData("/api/keyed?code=wrong", HttpStatusCode.Unauthorized)]
    [InlineData("/api/keyed?code=" + SentinelTestApp.FunctionKey, HttpStatusCode.OK)]
    [InlineData("/api/keyed?code=" + SentinelTestApp.MasterKey, HttpStatusCode.OK)]
    [InlineData("/api/admin?code=" + SentinelTestApp.FunctionKey, HttpStatusCode.Unauthorized)]
    [InlineData("/api/admin?code=" + SentinelTestApp.MasterKey, HttpStatusCode.OK)]
    public async Task EachLevel_AcceptsOnlyItsKeys(string path, HttpStatusCode expected)
    {
        using var response = await _app.Client.GetAsync(path);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task KeyInTheHeader_IsAcceptedLikeTheCodeQuery()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/keyed");
        request.Headers.Add("x-functions-key", SentinelTestApp.FunctionKey);

        using var response = await _app.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    internal sealed class LevelFunctions
    {
        [Function("Open")]
        public IResult Open([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "open")] HttpRequest request) => TypedResults.Ok();

        [Function("Keyed")]
        public IResult Keyed([HttpTrigger(AuthorizationLevel.Function, "get", Route = "keyed")] HttpRequest request) => TypedResults.Ok();

        [Function("AdminOnly")]
        public IResult Admin([HttpTrigger(AuthorizationLevel.Admin, "get", Route = "admin")] HttpRequest request) => TypedResults.Ok();
    }
}
