using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Sentinel.Functions.Platform.Audit;
using Sentinel.Functions.Platform.Http;

namespace Sentinel.Functions.Notifications;

/// <summary>
/// <c>POST /api/notifications/test</c> (<see cref="NotificationFunctions"/>): sends one test message to every channel,
/// directly rather than through the outbox, so the answer shows each channel's real result now (a test that
/// quietly waits in a retry queue would not tell you whether the URL works). Channels without a URL report
/// <c>not_configured</c>. Audited.
/// </summary>
internal static class NotificationEndpoints
{
    public static async Task<Ok<NotificationTestView>> TestAsync(
        HttpContext context, ChannelDirectory channels, AuditLog audit, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var notification = Create(now);
        var results = new List<ChannelTestResult>();
        foreach (var name in channels.Names.Order(StringComparer.Ordinal))
        {
            results.Add(await SendAsync(channels, name, notification, cancellationToken));
        }

        var summary = string.Join(", ", results.Select(r => $"{r.Channel}={r.Outcome}"));
        await audit.WriteAsync(Caller.Of(context), "notifications.test", "notifications", null, summary, cancellationToken);
        return TypedResults.Ok(new NotificationTestView(notification.IdempotencyKey, results));
    }

    private static async Task<ChannelTestResult> SendAsync(ChannelDirectory channels, string name, AlertNotification notification, CancellationToken cancellationToken)
    {
        if (!await channels.IsConfiguredAsync(name, cancellationToken))
        {
            return new ChannelTestResult(name, "not_configured", null, $"secret {ChannelDirectory.UrlSecretOf(name)} is not set");
        }

        try
        {
            var result = await channels.Find(name)!.SendAsync(notification, cancellationToken);
            return new ChannelTestResult(name, Words(result.Outcome), result.StatusCode, result.Reason);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            return new ChannelTestResult(name, Words(DeliveryOutcome.RetryableFailure), null, "send failed: " + exception.GetType().Name);
        }
    }

    private static string Words(DeliveryOutcome outcome) => outcome switch
    {
        DeliveryOutcome.Delivered => "delivered",
        DeliveryOutcome.PermanentFailure => "permanent_failure",
        _ => "retryable_failure",
    };

    private static AlertNotification Create(DateTimeOffset now)
    {
        var key = "sn1-test-" + now.UtcTicks.ToString(CultureInfo.InvariantCulture);
        return new AlertNotification(
            AlertNotification.CurrentSchemaVersion,
            key,
            "event",
            "sentinel.test",
            "test",
            "info",
            "sentinel",
            null,
            null,
            null,
            null,
            null,
            now,
            now,
            1,
            "TEST: Sentinel can reach this channel",
            "This is a test notification sent from POST /api/notifications/test. No action is needed.",
            [new NotificationFact("Sent at", now.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture))],
            [],
            null);
    }
}
