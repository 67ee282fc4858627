namespace Sentinel.Functions.Notifications;

/// <summary>How one send attempt ended, as the outbox needs to know it.</summary>
public enum DeliveryOutcome
{
    Delivered,
    RetryableFailure,
    PermanentFailure,
}
