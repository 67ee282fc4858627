using System.Net.Http.Headers;

namespace Sentinel.Functions.Notifications;

/// <summary>Posts the Adaptive Card to the Teams Workflows webhook whose URL is the <c>teams-webhook-url</c> secret.</summary>
internal sealed class TeamsNotifier(HttpClient http, INotificationSecrets secrets) : INotificationChannel
{
    public const string ChannelName = "teams";

    public string Name => ChannelName;

    public async Task<DeliveryResult> SendAsync(AlertNotification notification, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var url = await secrets.GetAsync(NotificationSecretNames.TeamsWebhookUrl, cancellationToken);
        if (!HttpDelivery.TryParseTarget(url, out var target))
        {
            return new DeliveryResult(DeliveryOutcome.RetryableFailure, null, $"secret {NotificationSecretNames.TeamsWebhookUrl} is missing or not an http(s) URL");
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, target)
        {
            Content = new ByteArrayContent(TeamsCard.Build(notification)),
        };
        // Teams measures the size in the request's declared charset; without it the body is counted as UTF-16 (twice the bytes).
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return await HttpDelivery.SendAsync(http, request, cancellationToken);
    }
}
