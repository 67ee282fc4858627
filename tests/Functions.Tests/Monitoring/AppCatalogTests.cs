using Microsoft.Extensions.DependencyInjection;
using Sentinel.Functions.Hosting;
using Sentinel.Functions.Hosting.Declarations;

namespace Functions.Tests.Monitoring;

/// <summary>The app as Program builds it declares the monitoring functions (what function.json generation publishes).</summary>
public sealed class AppCatalogTests
{
    [Fact]
    public async Task FullApp_DeclaresMonitorTickOnTheScheduleSetting_AndKeyedMonitoringRoutes()
    {
        await using var app = SentinelApp.Build([]);

        var catalog = app.Services.GetRequiredService<DeclaredFunctions>().GetCatalog();

        var tick = Assert.Single(catalog.Timers, t => t.Metadata.Name == "MonitorTick");
        Assert.Equal("%MONITOR_SCHEDULE%", tick.Metadata.Schedule);
        var http = catalog.HttpFunctions.ToDictionary(f => f.Name, f => f.AuthLevel);
        Assert.Equal(AuthLevel.Function, http["Status"]);
        Assert.Equal(AuthLevel.Function, http["Positions"]);
        Assert.Equal(AuthLevel.Function, http["Snapshot"]);
        Assert.Equal(AuthLevel.Anonymous, http["Health"]);
    }
}
