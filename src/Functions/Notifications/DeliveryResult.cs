namespace Sentinel.Functions.Notifications;

/// <summary>The result of one send attempt. <paramref name="Reason"/> never contains a URL or a secret.</summary>
public sealed record DeliveryResult(DeliveryOutcome Outcome, int? StatusCode, string Reason)
{
    public static DeliveryResult Delivered(int statusCode) => new(DeliveryOutcome.Delivered, statusCode, "delivered");
}
