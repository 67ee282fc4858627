using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Functions.Tests.Hosting.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Sentinel.Functions.Hosting;
using Sentinel.Functions.Hosting.Declarations;
using Sentinel.Functions.Hosting.Keys;

namespace Functions.Tests.Hosting;

/// <summary>Standalone mode checks function keys itself, as the Functions host would.</summary>
public sealed class StandaloneKeyTests : IAsyncLifetime
{
    private TestApp _app = null!;
    private int _tickRuns;

    public async Task InitializeAsync() =>
        _app = await TestApp.StartAsync(
            HostingMode.Standalone,
            app =>
            {
                app.MapGet("/api/secret", () => Results.Text("secret data")).AsFunction("Secret");
                app.MapGet("/api/admin-only", () => Results.Text("admin data")).AsFunction("AdminOnly", AuthLevel.Admin);
                app.MapGet("/api/open", () => Results.Text("open data")).AsFunction("Open", AuthLevel.Anonymous);
                app.MapTimerFunction("Tick", "0 0 0 1 1 *", (_, _) =>
                {
                    Interlocked.Increment(ref _tickRuns);
                    return Task.CompletedTask;
                });
            });

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task FunctionRoute_WithoutKey_Answers401ProblemAndDoesNotRun()
    {
        using var response = await _app.Client.GetAsync("/api/secret");

        await AssertUnauthorizedAsync(response, "x-functions-key");
    }

    [Fact]
    public async Task FunctionRoute_WrongKeyInHeader_Answers401Problem()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/secret");
        request.Headers.Add(FunctionKeyMiddleware.HeaderName, TestApp.FunctionKey + "x");

        using var response = await _app.Client.SendAsync(request);

        await AssertUnauthorizedAsync(response, "not valid");
    }

    [Fact]
    public async Task FunctionRoute_WrongKeyInQuery_Answers401Problem()
    {
        using var response = await _app.Client.GetAsync("/api/secret?code=nope");

        await AssertUnauthorizedAsync(response, "not valid");
    }

    [Fact]
    public async Task FunctionRoute_KeyInHeader_IsServed()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/secret");
        request.Headers.Add(FunctionKeyMiddleware.HeaderName, TestApp.FunctionKey);

        using var response = await _app.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("secret data", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task FunctionRoute_KeyInCodeQuery_IsServed()
    {
        using var response = await _app.Client.GetAsync($"/api/secret?code={TestApp.FunctionKey}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AdminRoute_WithoutKey_Answers401()
    {
        using var response = await _app.Client.GetAsync("/api/admin-only");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task AnonymousRoutes_AreOpenWithoutKey()
    {
        using var open = await _app.Client.GetAsync("/api/open");
        using var health = await _app.Client.GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.OK, open.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task TimerInvocationEndpoint_WithoutKey_IsRefusedAndDoesNotRun()
    {
        using var content = new StringContent(Samples.Read("timer-invocation.json"), Encoding.UTF8, "application/json");

        using var response = await _app.Client.PostAsync("/Tick", content);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, _tickRuns);
    }

    [Fact]
    public async Task TimerInvocationEndpoint_WithKey_RunsTheFunction()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/Tick")
        {
            Content = new StringContent(Samples.Read("timer-invocation.json"), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(FunctionKeyMiddleware.HeaderName, TestApp.FunctionKey);

        using var response = await _app.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, _tickRuns);
    }

    [Fact]
    public async Task WrongMethodOnAnonymousRoute_Answers405NotUnauthorized()
    {
        using var response = await _app.Client.PostAsync("/api/open", null);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task ConfiguredKey_NeverAppearsInTheLogs()
    {
        using var response = await _app.Client.GetAsync($"/api/secret?code={TestApp.FunctionKey}");

        Assert.NotEmpty(_app.Logs.Lines);
        Assert.DoesNotContain(_app.Logs.Lines, line => line.Message.Contains(TestApp.FunctionKey, StringComparison.Ordinal));
    }

    [Fact]
    public async Task NoConfiguredKey_PrintsAGeneratedKeyOnceToTheConsole_ThatOpensFunctionRoutes_AndIsNotLogged()
    {
        var console = new StringWriter();
        await using var app = await TestApp.StartAsync(
            HostingMode.Standalone,
            a => a.MapGet("/api/secret", () => Results.Text("secret data")).AsFunction("Secret"),
            settings: new Dictionary<string, string?> { [HostingOptions.FunctionKeySetting] = "" },
            configure: b => b.Services.AddSingleton(new StandaloneConsole(console)));
        var key = console.ToString().Split('\n').Single(l => l.Contains("function key for this run", StringComparison.Ordinal)).Split(": ")[1].Trim();

        using var refused = await app.Client.GetAsync("/api/secret?code=" + TestApp.FunctionKey);
        using var served = await app.Client.GetAsync("/api/secret?code=" + Uri.EscapeDataString(key));

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.DoesNotContain(app.Logs.Lines, line => line.Message.Contains(key, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ConfiguredKey_IsNotPrinted()
    {
        var console = new StringWriter();

        await using var app = await TestApp.StartAsync(HostingMode.Standalone, configure: b => b.Services.AddSingleton(new StandaloneConsole(console)));

        Assert.Contains("listening on http://127.0.0.1:", console.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(TestApp.FunctionKey, console.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void NoConfiguredKey_GeneratesAStrongKeyThatIsAccepted()
    {
        var store = new FunctionKeyStore(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["FUNCTION_KEY"] = " " }).Build());

        Assert.True(store.IsGenerated);
        Assert.True(store.GeneratedKey!.Length >= 40);
        Assert.True(store.Matches(store.GeneratedKey));
        Assert.False(store.Matches(store.GeneratedKey[..^1]));
        Assert.False(store.Matches(null));
    }

    [Fact]
    public void ConfiguredKey_IsUsedAndNotExposed()
    {
        var store = new FunctionKeyStore(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["FUNCTION_KEY"] = "abc" }).Build());

        Assert.False(store.IsGenerated);
        Assert.Null(store.GeneratedKey);
        Assert.True(store.Matches("abc"));
        Assert.DoesNotContain("abc", store.ToString(), StringComparison.Ordinal);
    }

    private static async Task AssertUnauthorizedAsync(HttpResponseMessage response, string detailFragment)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("secret data", text, StringComparison.Ordinal);
        var problem = JsonNode.Parse(text)!;
        Assert.Equal(401, problem["status"]!.GetValue<int>());
        Assert.Contains(detailFragment, problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
