using System.Net.Http.Json;
using System.Net;
using System.Text.Json.Nodes;
using Functions.Tests.Monitoring.Support;
using Functions.Tests.Support;
using Sentinel.Functions.Monitoring;
using Sentinel.Functions.Platform.State;
using Sentinel.TestSupport;

namespace Functions.Tests.Monitoring;

/// <summary>The monitoring HTTP API and health over real HTTP, the whole app on Azurite, stub exchange port; the tick invoked as the host invokes it.</summary>
[Collection(MonitoringAzuriteGroup.Name)]
public sealed class MonitoringHttpTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task BeforeFirstTick_PositionsAndSnapshotAre404Problems_StatusAndHealthAnswer()
    {
        await using var app = await StartAsync();

        using var positions = await app.Client.GetAsync("/api/positions");
        using var snapshot = await app.Client.GetAsync("/api/snapshot");
        var status = await app.Client.GetFromJsonAsync<JsonObject>("/api/status");
        using var health = await app.Client.GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.NotFound, positions.StatusCode);
        Assert.Equal("application/problem+json", positions.Content.Headers.ContentType!.MediaType);
        Assert.Contains("No monitoring tick", (await ProblemAsync(positions))["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, snapshot.StatusCode);
        Assert.Equal("dry-run", status!["mode"]!.GetValue<string>());
        Assert.Equal("auto", status["accountKindSetting"]!.GetValue<string>());
        Assert.Null(status["lastTick"]);
        var report = JsonNode.Parse(await health.Content.ReadAsStringAsync())!;
        Assert.True(health.StatusCode == HttpStatusCode.OK, report.ToJsonString());
        Assert.Equal(["state", "secrets", "tick", "exchange", "delivery", "stream"], report["components"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()));
    }

    [Fact]
    public async Task HostInvokesMonitorTick_ThenSnapshotPositionsAndStatusShowItsData()
    {
        await using var app = await StartAsync();
        app.Port.Next = () => MarketData.Snapshot(app.Clock.GetUtcNow(), symbols: 4, positions: 3);

        await app.TickAsync();
        var snapshot = await app.Client.GetFromJsonAsync<JsonObject>($"/api/snapshot?symbol={MarketData.Symbol(1).ToLowerInvariant()}");
        var positions = await app.Client.GetFromJsonAsync<JsonObject>("/api/positions");
        var status = await app.Client.GetFromJsonAsync<JsonObject>("/api/status");

        Assert.Contains(app.Logs.Lines, l => l.Message == "MonitorTick: Stored 4 tickers and 3 positions.");
        var ticker = Assert.Single(snapshot!["tickers"]!.AsArray())!;
        Assert.Equal(MarketData.Price(1, 0), ticker["lastPrice"]!.GetValue<decimal>());
        Assert.Equal("short", Assert.Single(snapshot["positions"]!.AsArray())!["side"]!.GetValue<string>());
        Assert.Equal(10_000.12345678m, snapshot["account"]!["equity"]!.GetValue<decimal>());
        Assert.Equal(3, positions!["positions"]!.AsArray().Count);
        Assert.Equal("succeeded", status!["lastTick"]!["outcome"]!.GetValue<string>());
        Assert.Equal("classic", status["accountKind"]!.GetValue<string>());
        Assert.Equal(4, status["lastTick"]!["tickers"]!.GetValue<int>());
    }

    [Fact]
    public async Task ExchangeUnreachable_InvocationSucceeds_StatusShowsTheFailure_HealthIs503()
    {
        await using var app = await StartAsync();
        app.Port.Failure = new HttpRequestException("connection refused");

        var invocation = await Record.ExceptionAsync(app.TickAsync);
        var status = await app.Client.GetFromJsonAsync<JsonObject>("/api/status");
        using var health = await app.Client.GetAsync("/api/health");

        Assert.Null(invocation);
        Assert.Equal("exchange-failed", status!["lastTick"]!["outcome"]!.GetValue<string>());
        Assert.Equal("unreachable", status["lastTick"]!["failureKind"]!.GetValue<string>());
        Assert.Null(status["lastTick"]!["lastSuccessAt"]);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        var exchange = JsonNode.Parse(await health.Content.ReadAsStringAsync())!["components"]!.AsArray().Single(c => c!["name"]!.GetValue<string>() == "exchange")!;
        Assert.Equal("unhealthy", exchange["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task LastTickOlderThanThreeIntervals_TickComponentDegraded()
    {
        await using var app = await StartAsync();
        app.Port.Next = () => MarketData.Snapshot(app.Clock.GetUtcNow(), symbols: 1, positions: 0);
        await app.Get<MonitorTick>().RunAsync();
        using var fresh = await app.Client.GetAsync("/api/health");

        app.Clock.Advance(TimeSpan.FromSeconds(91));
        using var stale = await app.Client.GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, stale.StatusCode);
        var tick = JsonNode.Parse(await stale.Content.ReadAsStringAsync())!["components"]!.AsArray().Single(c => c!["name"]!.GetValue<string>() == "tick")!;
        Assert.Equal("degraded", tick["status"]!.GetValue<string>());
        Assert.Contains("91 s ago", tick["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TicksKeepFailing_HealthReportsTheAgeOfTheLastSuccessfulTick_AndDegradesPastThreeIntervals()
    {
        await using var app = await StartAsync();
        app.Port.Next = () => MarketData.Snapshot(app.Clock.GetUtcNow(), symbols: 1, positions: 0);
        await app.Get<MonitorTick>().RunAsync();
        app.Port.Failure = new HttpRequestException("connection refused");
        app.Clock.Advance(TimeSpan.FromSeconds(30));
        await app.Get<MonitorTick>().RunAsync();
        using var recent = await app.Client.GetAsync("/api/health");

        foreach (var step in new[] { 30, 31 })
        {
            app.Clock.Advance(TimeSpan.FromSeconds(step));
            await app.Get<MonitorTick>().RunAsync();
        }

        using var stale = await app.Client.GetAsync("/api/health");

        var (recentStatus, recentDetail) = TickComponent(await recent.Content.ReadAsStringAsync());
        var (staleStatus, staleDetail) = TickComponent(await stale.Content.ReadAsStringAsync());
        Assert.Equal("healthy", recentStatus);
        Assert.Contains("last successful tick 30 s ago", recentDetail, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, stale.StatusCode);
        Assert.Equal(("degraded", "Ticks run but the last successful read was 91 s ago; 3 consecutive failures."), (staleStatus, staleDetail));
    }

    [Fact]
    public async Task Snapshot_UnknownSymbolIs404_MalformedSymbolIs400_BothProblemDetails()
    {
        await using var app = await StartAsync();
        app.Port.Next = () => MarketData.Snapshot(app.Clock.GetUtcNow(), symbols: 2, positions: 0);
        await app.Get<MonitorTick>().RunAsync();

        using var unknown = await app.Client.GetAsync("/api/snapshot?symbol=NOPEUSDT");
        using var malformed = await app.Client.GetAsync("/api/snapshot?symbol=BTC'or'1");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("NOPEUSDT", (await ProblemAsync(unknown))["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal("application/problem+json", malformed.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task MonitoringRoutesNeedTheFunctionKey_HealthDoesNot()
    {
        await using var app = await StartAsync();
        app.Client.DefaultRequestHeaders.Remove("x-functions-key");

        using var status = await app.Client.GetAsync("/api/status");
        using var health = await app.Client.GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.Unauthorized, status.StatusCode);
        Assert.NotEqual(HttpStatusCode.Unauthorized, health.StatusCode);
    }

    private static async Task<JsonNode> ProblemAsync(HttpResponseMessage response) => JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

    private static (string Status, string Detail) TickComponent(string report)
    {
        var tick = JsonNode.Parse(report)!["components"]!.AsArray().Single(c => c!["name"]!.GetValue<string>() == "tick")!;
        return (tick["status"]!.GetValue<string>(), tick["detail"]!.GetValue<string>());
    }

    // Only the monitoring tables are deleted: each test's first tick runs on an account without them.
    private async Task<SentinelTestApp> StartAsync()
    {
        await SentinelTestApp.ResetStateAsync(azurite, StateTables.Snapshots, StateTables.PriceHistory, StateTables.Leases);
        return await SentinelTestApp.StartAsync(new SentinelTestAppOptions { Azurite = azurite });
    }
}
