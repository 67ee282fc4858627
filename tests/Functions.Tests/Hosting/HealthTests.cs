using System.Net;
using System.Text.Json.Nodes;
using Functions.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Sentinel.Functions.Platform.Health;

namespace Functions.Tests.Hosting;

/// <summary>GET /api/health (anonymous) reports every registered probe; the hosting layer itself registers none.</summary>
public sealed class HealthTests
{
    [Fact]
    public async Task NoProbes_Answers200Healthy_WithNoComponents()
    {
        await using var app = await SentinelTestApp.StartAsync(new SentinelTestAppOptions { Scope = AppScope.HostingOnly });

        using var response = await app.Client.GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"status":"healthy","components":[]}""", await response.Content.ReadAsStringAsync());
        Assert.Empty(app.Services.GetServices<IHealthProbe>());
    }

    [Fact]
    public async Task WithoutAFunctionKey_HealthIsStillServed()
    {
        await using var app = await SentinelTestApp.StartAsync(new SentinelTestAppOptions { Scope = AppScope.HostingOnly });
        app.Client.DefaultRequestHeaders.Remove("x-functions-key");

        using var response = await app.Client.GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AllProbesHealthy_Answers200WithEachComponent()
    {
        await using var app = await StartWithProbesAsync(new Probe("state", HealthProbeResult.Healthy("tables reachable")), new Probe("secrets", HealthProbeResult.Healthy()));

        using var response = await app.Client.GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("healthy", body["status"]!.GetValue<string>());
        Assert.Equal(["state", "secrets"], body["components"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()));
        Assert.Equal("tables reachable", body["components"]![0]!["detail"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(HealthStatus.Degraded, "degraded")]
    [InlineData(HealthStatus.Unhealthy, "unhealthy")]
    public async Task OneProbeNotHealthy_Answers503WithTheWorstStatus(HealthStatus status, string expected)
    {
        await using var app = await StartWithProbesAsync(new Probe("state", HealthProbeResult.Healthy()), new Probe("exchange", new HealthProbeResult(status, "slow")));

        using var response = await app.Client.GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(expected, body["status"]!.GetValue<string>());
        Assert.Equal(expected, body["components"]![1]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task ProbeThrows_ComponentUnhealthyWithoutTheExceptionMessage()
    {
        await using var app = await StartWithProbesAsync(new Probe("secrets", () => throw new InvalidOperationException("vault key abc123")));

        using var response = await app.Client.GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("abc123", text, StringComparison.Ordinal);
        Assert.Contains("InvalidOperationException", JsonNode.Parse(text)!["components"]![0]!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProbeNeverAnswers_TimesOutOnTheClockAsUnhealthy()
    {
        var clock = new FakeTimeProvider();
        var called = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var hanging = new Probe("exchange", () =>
        {
            called.TrySetResult();
            return new TaskCompletionSource<HealthProbeResult>().Task;
        });
        await using var app = await SentinelTestApp.StartAsync(new SentinelTestAppOptions { Scope = AppScope.HostingOnly, Clock = clock, Services = s => s.AddSingleton<IHealthProbe>(hanging) });

        var request = app.Client.GetAsync("/api/health");
        await called.Task.WaitAsync(TimeSpan.FromSeconds(10));
        clock.Advance(TimeSpan.FromSeconds(5));
        using var response = await request.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var component = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["components"]![0]!;
        Assert.Equal("unhealthy", component["status"]!.GetValue<string>());
        Assert.Equal("No answer within 5 s.", component["detail"]!.GetValue<string>());
    }

    private static Task<SentinelTestApp> StartWithProbesAsync(params IHealthProbe[] probes) =>
        SentinelTestApp.StartAsync(new SentinelTestAppOptions
        {
            Scope = AppScope.HostingOnly,
            Services = services =>
            {
                foreach (var probe in probes)
                {
                    services.AddSingleton(probe);
                }
            },
        });

    private sealed class Probe(string name, Func<Task<HealthProbeResult>> check) : IHealthProbe
    {
        public Probe(string name, HealthProbeResult result)
            : this(name, () => Task.FromResult(result))
        {
        }

        public string Name => name;

        public Task<HealthProbeResult> CheckAsync(CancellationToken cancellationToken = default) => check();
    }
}
