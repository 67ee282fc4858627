using Microsoft.Extensions.DependencyInjection.Extensions;
using Sentinel.Functions.Alerting.Http;
using Sentinel.Functions.Delivery;
using Sentinel.Functions.Hosting.Declarations;
using Sentinel.Functions.Monitoring;
using Sentinel.Functions.Notifications;

namespace Sentinel.Functions.Alerting;

public static class AlertingServiceCollectionExtensions
{
    /// <summary>
    /// Registers the alerting feature: the rule, state, silence, watermark, audit and outbox stores, the seed at
    /// start, the notifiers (with <see cref="INotificationSecrets"/> over the app's secret provider), the outbox
    /// dispatcher and the tick observer. Needs <c>AddTableState</c>, <c>AddSecrets</c> and <c>AddMonitoring</c>.
    /// </summary>
    public static IServiceCollection AddAlerting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSentinelNotifications(configuration);
        services.TryAddSingleton<INotificationSecrets, SecretProviderNotificationSecrets>();
        services.TryAddSingleton<AlertingVersion>();
        services.TryAddSingleton<RuleStore>();
        services.TryAddSingleton<AlertStateStore>();
        services.TryAddSingleton<SilenceStore>();
        services.TryAddSingleton<WatermarkStore>();
        services.TryAddSingleton<AuditLog>();
        services.TryAddSingleton<OutboxStore>();
        services.TryAddSingleton<ChannelDirectory>();
        services.TryAddSingleton<OutboxDispatcher>();
        services.TryAddSingleton<RuleSeeder>();
        services.AddHostedService<RuleSeedStartup>();
        services.AddSingleton<ITickObserver, AlertTickObserver>();
        return services;
    }

    /// <summary>Declares the <c>DeliverNotifications</c> timer and the rules, alerts, silences and notification-test HTTP functions.</summary>
    public static void MapAlertingFunctions(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapTimerFunction<DeliverNotificationsFunction>(DeliverNotificationsFunction.Name, $"%{DeliverNotificationsFunction.ScheduleSetting}%");
        app.MapRules();
        app.MapAlerts();
        app.MapSilences();
        app.MapNotifications();
    }
}
