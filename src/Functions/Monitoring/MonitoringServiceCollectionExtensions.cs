using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Sentinel.Functions.Platform.Configuration;
using Sentinel.Functions.Platform.Health;
using Sentinel.Functions.Platform.Timers;
using Sentinel.Functions.Monitoring.Health;

namespace Sentinel.Functions.Monitoring;

internal static class MonitoringServiceCollectionExtensions
{
    /// <summary>
    /// Registers the monitoring tick, its stores, <see cref="SentinelOptions"/> and <see cref="MonitorOptions"/>
    /// (validated on start), the check of <c>MONITOR_SCHEDULE</c> and the <c>tick</c> and <c>exchange</c> health probes. Needs <c>AddTableState</c> and
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
        services.TryAddSingleton<TickSkips>();
        services.AddTimerSchedule(MonitorTickFunction.Name, MonitorOptions.ScheduleSetting, configuration);
        services.TryAddSingleton(_ => new MonitorSchedule(configuration));
        services.TryAddSingleton<MonitorStartup>();
        services.AddHostedService(sp => sp.GetRequiredService<MonitorStartup>());
        services.AddSingleton<IHealthProbe, LastTickHealthProbe>();
        services.AddSingleton<IHealthProbe, ExchangeHealthProbe>();
        return services;
    }
}
