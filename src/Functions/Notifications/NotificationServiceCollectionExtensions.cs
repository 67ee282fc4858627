using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Sentinel.Functions.Notifications;

internal static class NotificationServiceCollectionExtensions
{
    /// <summary>
    /// Registers the notification factory, the Teams and webhook channels (as <see cref="INotificationChannel"/>)
    /// on named HttpClients with the configured timeout and no redirects, and the outbox delivery policy.
    /// The caller registers <see cref="INotificationSecrets"/>.
    /// </summary>
    public static IServiceCollection AddSentinelNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<NotificationOptions>()
            .Bind(configuration.GetSection(NotificationOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<DeliveryPolicyOptions>()
            .Bind(configuration.GetSection(DeliveryPolicyOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<NotificationFactory>();
        services.TryAddSingleton(provider => new DeliveryPolicy(
            provider.GetRequiredService<IOptions<DeliveryPolicyOptions>>().Value,
            new Random(System.Security.Cryptography.RandomNumberGenerator.GetInt32(int.MaxValue))));
        AddChannelClient<TeamsNotifier>(services);
        AddChannelClient<WebhookNotifier>(services);
        services.AddTransient<INotificationChannel>(provider => provider.GetRequiredService<TeamsNotifier>());
        services.AddTransient<INotificationChannel>(provider => provider.GetRequiredService<WebhookNotifier>());
        return services;
    }

    private static void AddChannelClient<TChannel>(IServiceCollection services)
        where TChannel : class
    {
        services.AddHttpClient<TChannel>((provider, client) =>
            {
                client.Timeout = TimeSpan.FromSeconds(provider.GetRequiredService<IOptions<NotificationOptions>>().Value.TimeoutSeconds);
                client.DefaultRequestHeaders.UserAgent.ParseAdd("Sentinel/1.0");
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false })
            // The default HttpClient logging writes request URIs, and a Workflows URL is a bearer secret.
            .RemoveAllLoggers();
    }
}
