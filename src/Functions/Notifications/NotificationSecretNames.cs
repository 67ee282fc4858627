namespace Sentinel.Functions.Notifications;

/// <summary>The fixed secret names the notifiers read.</summary>
internal static class NotificationSecretNames
{
    public const string TeamsWebhookUrl = "teams-webhook-url";
    public const string WebhookUrl = "webhook-url";
    public const string WebhookSigningKey = "webhook-signing-key";
}
