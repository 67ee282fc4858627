using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Sentinel.Functions.Configuration;
using Sentinel.Functions.Hosting.Declarations;
using Sentinel.Functions.Hosting.Health;
using Sentinel.Functions.Monitoring.Health;
using Sentinel.Functions.Monitoring.Http;

namespace Sentinel.Functions.Monitoring;

public static class MonitoringServiceCollectionExtensions
{
    /// <summary>
    /// Registers the monitoring tick, its stores, <see cref="SentinelOptions"/> and <see cref="MonitorOptions"/>
    /// (validated on start) and the <c>tick</c> and <c>exchange</c> health probes. Needs <c>AddTableState</c> and
    /// <c>AddExchange</c>. Observers: <c>services.AddSingleton&lt;ITickObserver, …&gt;()</c>.
    /// </summary>
    public static IServiceCollection AddMonitoring(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SentinelOptions>().Bind(configuration.GetSection(SentinelOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<MonitorOptions>()
            .Bind(configuration.GetSection(MonitorOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(o => Validator.TryValidateObject(o.PriceHistory, new ValidationContext(o.PriceHistory), null, validateAllProperties: true), "Monitor:PriceHistory: Window must be 1 min to 7 days, FullResolution 0 to 7 days, DownsampleInterval 1 s to 1 day.")
            .Validate(o => o.PriceHistory.FullResolution <= o.PriceHistory.Window, "Monitor:PriceHistory:FullResolution must not exceed Monitor:PriceHistory:Window.")
            .ValidateOnStart();
        services.TryAddSingleton<SnapshotStore>();
        services.TryAddSingleton<PriceHistoryStore>();
        services.TryAddSingleton<MonitorTick>();
        services.TryAddSingleton(_ => new MonitorSchedule(configuration));
        services.TryAddSingleton<MonitorStartup>();
        services.AddHostedService(sp => sp.GetRequiredService<MonitorStartup>());
        services.AddSingleton<IHealthProbe, LastTickHealthProbe>();
        services.AddSingleton<IHealthProbe, ExchangeHealthProbe>();
        return services;
    }

    /// <summary>Declares the <c>MonitorTick</c> timer and the status, positions and snapshot HTTP functions.</summary>
    public static void MapMonitoringFunctions(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapTimerFunction<MonitorTickFunction>(MonitorTickFunction.Name, $"%{MonitorOptions.ScheduleSetting}%");
        app.MapMonitoring();
    }
}
