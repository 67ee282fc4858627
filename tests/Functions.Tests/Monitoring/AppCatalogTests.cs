using Functions.Tests.Support;
using Microsoft.Azure.Functions.Worker;

namespace Functions.Tests.Monitoring;

/// <summary>The monitoring functions as their attributes declare them (what functions.metadata publishes).</summary>
public sealed class AppCatalogTests
{
    [Fact]
    public void App_DeclaresMonitorTickOnTheScheduleSetting_AndKeyedMonitoringRoutes()
    {
        var catalog = FunctionCatalog.App;

        var tick = Assert.Single(catalog.Timers, t => t.Name == "MonitorTick");
        Assert.Equal("%MONITOR_SCHEDULE%", tick.Timer!.Schedule);
        var http = catalog.Http.ToDictionary(f => f.Name, f => f.Http!);
        Assert.Equal(AuthorizationLevel.Function, http["Status"].AuthLevel);
        Assert.Equal(AuthorizationLevel.Function, http["Positions"].AuthLevel);
        Assert.Equal(AuthorizationLevel.Function, http["Snapshot"].AuthLevel);
        Assert.Equal(AuthorizationLevel.Anonymous, http["Health"].AuthLevel);
        Assert.Equal(["status", "positions", "snapshot", "health"], new[] { "Status", "Positions", "Snapshot", "Health" }.Select(n => http[n].Route));
    }
}
