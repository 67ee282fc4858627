using Microsoft.Extensions.Configuration.Memory;
using Sentinel.Functions.Alerting;
using Sentinel.Functions.Delivery;
using Sentinel.Functions.Exchange;
using Sentinel.Functions.Mitigation;
using Sentinel.Functions.Hosting.Health;
using Sentinel.Functions.Monitoring;
using Sentinel.Functions.Monitoring.Health;
using Sentinel.Functions.Secrets;
using Sentinel.Functions.State;

namespace Sentinel.Functions.Hosting;

/// <summary>
/// Builds the app the same way for every use: under the Functions host, standalone, in tests, and for
/// function.json generation. Features register their services in <see cref="AddFeatures"/> (after
/// <c>AddSentinelHosting</c>) and declare their functions in <see cref="MapFunctions"/>.
/// </summary>
public static class SentinelApp
{
    /// <param name="args">Command-line arguments (configuration overrides).</param>
    /// <param name="configure">Extra configuration or services, applied before the mode is decided (tests).</param>
    /// <param name="mapExtra">Extra functions to declare (tests).</param>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null, Action<WebApplication>? mapExtra = null) =>
        Build(args, withFeatures: true, configure, mapExtra);

    /// <summary>The hosting layer alone (health endpoint, no features): for testing hosting in isolation.</summary>
    public static WebApplication BuildHostingOnly(string[] args, Action<WebApplicationBuilder>? configure = null, Action<WebApplication>? mapExtra = null) =>
        Build(args, withFeatures: false, configure, mapExtra);

    private static WebApplication Build(string[] args, bool withFeatures, Action<WebApplicationBuilder>? configure, Action<WebApplication>? mapExtra)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args });
        builder.Configuration.AddLocalSettings(Directory.GetCurrentDirectory());
        configure?.Invoke(builder);
        builder.AddSentinelHosting();
        if (withFeatures)
        {
            AddFeatures(builder);
        }

        var app = builder.Build();
        app.UseSentinelHosting();
        app.MapHealth();
        if (withFeatures)
        {
            MapFunctions(app);
        }

        mapExtra?.Invoke(app);
        return app;
    }

    private static void AddFeatures(WebApplicationBuilder builder)
    {
        AddDefaults(builder.Configuration);
        var services = builder.Services;
        var configuration = builder.Configuration;
        services.AddTableState(configuration);
        services.AddSecrets(configuration);
        services.AddSingleton<IHealthProbe, StateHealthProbe>();
        services.AddSingleton<IHealthProbe, SecretsHealthProbe>();
        services.AddExchange(configuration);
        services.AddMonitoring(configuration);
        services.AddAlerting(configuration);
        services.AddRisk(configuration);
    }

    private static void MapFunctions(WebApplication app)
    {
        app.MapMonitoringFunctions();
        app.MapAlertingFunctions();
        app.MapRiskFunctions();
    }

    /// <summary>Defaults of app settings that schedules reference as <c>%NAME%</c>, below every other source.</summary>
    private static void AddDefaults(ConfigurationManager configuration) =>
        ((IConfigurationBuilder)configuration).Sources.Insert(0, new MemoryConfigurationSource
        {
            InitialData = new Dictionary<string, string?>
            {
                [MonitorOptions.ScheduleSetting] = MonitorOptions.DefaultSchedule,
                [DeliverNotificationsFunction.ScheduleSetting] = DeliverNotificationsFunction.DefaultSchedule,
            },
        });
}
