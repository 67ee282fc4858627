using Sentinel.Functions.Hosting.Declarations;
using Sentinel.Functions.Hosting.Timers;

namespace Sentinel.Functions.Delivery;

/// <summary>The timer function <c>DeliverNotifications</c> (schedule <c>%DELIVERY_SCHEDULE%</c>): drains the outbox.</summary>
public sealed class DeliverNotificationsFunction(OutboxDispatcher dispatcher) : ITimerFunction
{
    public const string Name = "DeliverNotifications";
    public const string ScheduleSetting = "DELIVERY_SCHEDULE";
    public const string DefaultSchedule = "*/15 * * * * *";

    public async Task RunAsync(TimerInvocation invocation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var ran = await dispatcher.DrainAsync(cancellationToken);
        invocation.Log(ran ? "Outbox drained." : "Skipped: another instance is delivering.");
    }
}
