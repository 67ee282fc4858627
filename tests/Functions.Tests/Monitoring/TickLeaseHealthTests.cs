using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Functions.Tests.Monitoring.Support;
using Functions.Tests.Support;
using Microsoft.Extensions.Logging;
using Sentinel.Functions.Monitoring;
using Sentinel.Functions.Platform.State;
using Sentinel.Functions.Platform.State.Leases;
using Sentinel.TestSupport;

namespace Functions.Tests.Monitoring;

/// <summary>Ticks skipped because another holder has the tick's lease are a warning and show in /api/health.</summary>
[Collection(MonitoringAzuriteGroup.Name)]
public sealed class TickLeaseHealthTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task TicksSkippedForAHeldLease_AreWarnings_DegradeTheTickComponent_AndClearOnceATickRuns()
    {
        await SentinelTestApp.ResetStateAsync(azurite, StateTables.Snapshots, StateTables.PriceHistory, StateTables.Leases);
        await using var app = await SentinelTestApp.StartAsync(new SentinelTestAppOptions { Azurite = azurite });
        app.Port.Next = () => MarketData.Snapshot(app.Clock.GetUtcNow(), symbols: 2, positions: 0);
        await app.TickAsync();
        var stranger = new TableLeaseManager(new TableServiceClient(azurite.ConnectionString).GetTableClient(StateTables.Leases), app.Clock);
        app.Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.NotNull(await stranger.TryAcquireAsync(MonitorTick.LeaseName, "stuck-holder", TimeSpan.FromSeconds(50)));

        await app.TickAsync();
        var afterOne = await TickComponentAsync(app);
        app.Clock.Advance(TimeSpan.FromSeconds(5));
        await app.TickAsync();
        var afterTwo = await TickComponentAsync(app);
        app.Clock.Advance(TimeSpan.FromSeconds(50));
        await app.TickAsync();
        var afterRun = await TickComponentAsync(app);

        Assert.Equal("healthy", afterOne["status"]!.GetValue<string>());
        Assert.Equal("degraded", afterTwo["status"]!.GetValue<string>());
        Assert.Contains("2 tick(s) in a row skipped", afterTwo["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("healthy", afterRun["status"]!.GetValue<string>());
        Assert.Equal(2, app.Logs.Lines.Count(l => l.Level == LogLevel.Warning && l.Message.StartsWith("Monitoring tick skipped", StringComparison.Ordinal)));
    }

    private static async Task<JsonNode> TickComponentAsync(SentinelTestApp app)
    {
        using var response = await app.Client.GetAsync("/api/health");
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return body["components"]!.AsArray().Single(c => c!["name"]!.GetValue<string>() == "tick")!;
    }
}
