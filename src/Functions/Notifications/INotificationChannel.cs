namespace Sentinel.Functions.Notifications;

/// <summary>One way of telling the trader (Teams, webhook). Sends exactly once per call; the outbox retries.</summary>
public interface INotificationChannel
{
    /// <summary>The name rules use in <c>channels</c>.</summary>
    string Name { get; }

    Task<DeliveryResult> SendAsync(AlertNotification notification, CancellationToken cancellationToken = default);
}
