using Sentinel.Functions.Platform.Secrets;

namespace Sentinel.Functions.Notifications;

/// <summary>
/// The registered channels and whether each has its URL configured. A channel without a URL secret is skipped
/// when notifications are enqueued (nothing would ever deliver them); a vault that cannot be read counts as
/// configured, so the notification is stored and retried rather than dropped. Channels are resolved on each use:
/// they are typed HttpClients, and holding one for the app's lifetime would pin its connection handler.
/// </summary>
public sealed class ChannelDirectory(IServiceProvider services, INotificationSecrets secrets)
{
    private readonly string[] _names = services.GetServices<INotificationChannel>().Select(c => c.Name).Distinct(StringComparer.Ordinal).ToArray();

    public IReadOnlyCollection<string> Names => _names;

    public INotificationChannel? Find(string name) =>
        services.GetServices<INotificationChannel>().FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.Ordinal));

    public static string UrlSecretOf(string channel) => channel switch
    {
        "teams" => NotificationSecretNames.TeamsWebhookUrl,
        "webhook" => NotificationSecretNames.WebhookUrl,
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, "Unknown channel."),
    };

    public async Task<bool> IsConfiguredAsync(string channel, CancellationToken cancellationToken = default)
    {
        if (!_names.Contains(channel, StringComparer.Ordinal))
        {
            return false;
        }

        try
        {
            return !string.IsNullOrWhiteSpace(await secrets.GetAsync(UrlSecretOf(channel), cancellationToken));
        }
        catch (SecretUnavailableException)
        {
            return true;
        }
    }

    /// <summary>The configured channels among <paramref name="wanted"/>, in order.</summary>
    public async Task<IReadOnlyList<string>> ConfiguredAsync(IEnumerable<string> wanted, CancellationToken cancellationToken = default)
    {
        var configured = new List<string>();
        foreach (var channel in wanted)
        {
            if (await IsConfiguredAsync(channel, cancellationToken))
            {
                configured.Add(channel);
            }
        }

        return configured;
    }
}
