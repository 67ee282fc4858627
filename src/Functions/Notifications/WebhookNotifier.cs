using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Sentinel.Functions.Notifications;

/// <summary>
/// Posts the notification as JSON (schema version 1) to the <c>webhook-url</c> secret, signed with the
/// <c>webhook-signing-key</c> secret, with an <c>Idempotency-Key</c> header equal to the body's key.
/// </summary>
internal sealed class WebhookNotifier(HttpClient http, INotificationSecrets secrets, TimeProvider time) : INotificationChannel
{
    public const string ChannelName = "webhook";
    public const string IdempotencyHeader = "Idempotency-Key";
    public const string EventHeader = "X-Sentinel-Event";

    public string Name => ChannelName;

    public static byte[] Serialize(AlertNotification notification) =>
        JsonSerializer.SerializeToUtf8Bytes(notification, NotificationJsonContext.Default.AlertNotification);

    public async Task<DeliveryResult> SendAsync(AlertNotification notification, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var url = await secrets.GetAsync(NotificationSecretNames.WebhookUrl, cancellationToken);
        if (!HttpDelivery.TryParseTarget(url, out var target))
        {
            return new DeliveryResult(DeliveryOutcome.RetryableFailure, null, $"secret {NotificationSecretNames.WebhookUrl} is missing or not an http(s) URL");
        }

        var key = await secrets.GetAsync(NotificationSecretNames.WebhookSigningKey, cancellationToken);
        if (string.IsNullOrEmpty(key))
        {
            return new DeliveryResult(DeliveryOutcome.RetryableFailure, null, $"secret {NotificationSecretNames.WebhookSigningKey} is missing");
        }

        var body = Serialize(notification);
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(WebhookSignature.HeaderName, WebhookSignature.Create(Encoding.UTF8.GetBytes(key), timestamp, body));
        request.Headers.Add(IdempotencyHeader, notification.IdempotencyKey);
        request.Headers.Add(EventHeader, notification.Event);
        return await HttpDelivery.SendAsync(http, request, cancellationToken);
    }
}
