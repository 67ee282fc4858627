namespace Sentinel.Functions.Notifications;

public enum OutboxStatus
{
    Pending,
    Delivered,
    DeadLettered,
}
