using Microsoft.Azure.Functions.Worker;

namespace Sentinel.Functions.Notifications;

/// <summary>The timer function <c>DeliverNotifications</c> (schedule: app setting <c>DELIVERY_SCHEDULE</c>): drains the outbox.</summary>
public sealed partial class DeliverNotificationsFunction(OutboxDispatcher dispatcher, ILogger<DeliverNotificationsFunction> logger)
{
    public const string Name = "DeliverNotifications";
    public const string ScheduleSetting = "DELIVERY_SCHEDULE";
    public const string DefaultSchedule = "*/5 * * * * *";

    [Function(Name)]
    public async Task RunAsync([TimerTrigger("%" + ScheduleSetting + "%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        var ran = await dispatcher.DrainAsync(cancellationToken);
        LogOutcome(logger, ran ? "Outbox drained." : "Skipped: another instance is delivering.");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "DeliverNotifications: {Outcome}")]
    private static partial void LogOutcome(ILogger logger, string outcome);
}
