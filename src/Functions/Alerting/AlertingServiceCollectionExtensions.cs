using Microsoft.Extensions.DependencyInjection.Extensions;
using Sentinel.Functions.Monitoring;
using Sentinel.Functions.Notifications;
using Sentinel.Functions.Platform.Audit;
using Sentinel.Functions.Platform.Health;
using Sentinel.Functions.Platform.Timers;

namespace Sentinel.Functions.Alerting;

internal static class AlertingServiceCollectionExtensions
{
    /// <summary>
    /// Registers the alerting feature: the rule, state, silence, watermark, audit and outbox stores, the seed at
    /// start, the notifiers (with <see cref="INotificationSecrets"/> over the app's secret provider), the outbox
    /// dispatcher, the check of <c>DELIVERY_SCHEDULE</c> and the tick observer. Needs <c>AddTableState</c>, <c>AddSecrets</c> and <c>AddMonitoring</c>.
    /// </summary>
    public static IServiceCollection AddAlerting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSentinelNotifications(configuration);
        services.AddTimerSchedule(DeliverNotificationsFunction.Name, DeliverNotificationsFunction.ScheduleSetting, configuration);
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
        services.AddSingleton<IHealthProbe, DeliveryHealthProbe>();
        services.TryAddSingleton<RuleSeeder>();
        services.AddHostedService<RuleSeedStartup>();
        services.AddSingleton<ITickObserver, AlertTickObserver>();
        return services;
    }

}
