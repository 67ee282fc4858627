using Sentinel.Drills.Support;
using Xunit.Abstractions;

namespace Sentinel.Drills;

/// <summary>
/// Drill (b): the worker (with its local host) is killed with SIGKILL between two ticks, BTC crashes while it is
/// down, and it is started again; then killed again while the alert's notification is in flight (the receiver
/// holding the request), and started again. Each time the next tick runs within one interval of the restart, and
/// the alert is delivered once, under the key of its first attempt, once the dead sender's claim has run out.
/// </summary>
[Collection(RealStackDrills.Name)]
public sealed class WorkerKillDrill(RealStackFixture stack, ITestOutputHelper output)
{
    /// <summary>How long a row claimed by a sender that died stays untouched (OutboxStore's claim, documented in docs/alerts.md).</summary>
    private static readonly TimeSpan DeadSendersClaim = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task KilledBetweenTicksAndMidSend_NextTickWithinOneInterval_DeliveredOnceUnderOneKey()
    {
        var (ruleId, observer) = await stack.ArmAsync("kill");
        await using var observed = observer;

        // Between ticks: just after one ended (the tick takes well under a second here).
        var lastTick = observer.TickAttempts()[^1];
        await Drill.AwaitTickAfterAsync(observer, lastTick);
        await Task.Delay(TimeSpan.FromSeconds(1));
        await stack.Receiver.SwitchAsync(ReceiverMode.Hang);
        stack.KillHost();
        await stack.CrashAsync();
        var firstRestart = DateTimeOffset.UtcNow;
        await stack.StartHostAsync();
        var firstUp = DateTimeOffset.UtcNow;
        await Drill.AwaitTickAfterAsync(observer, firstRestart);
        var firstTickAfterRestart = observer.TickAttempts().First(tick => tick > firstRestart);

        // Mid-send: the tick after the restart raised the alert; kill the worker while its first attempt is held.
        var inFlight = await Drill.EventuallyAsync(
            () => Task.FromResult(Drill.WebhookFirings(stack.Receiver, ruleId).FirstOrDefault(request => request.AnsweredStatus is null)),
            RealStackFixture.TickInterval * 4, "an attempt in flight");
        stack.KillHost();
        var killedMidSend = DateTimeOffset.UtcNow;
        await stack.Receiver.SwitchAsync(ReceiverMode.Accept);
        var secondRestart = DateTimeOffset.UtcNow;
        await stack.StartHostAsync();
        var secondUp = DateTimeOffset.UtcNow;
        await Drill.AwaitTickAfterAsync(observer, secondRestart);
        var secondTickAfterRestart = observer.TickAttempts().First(tick => tick > secondRestart);

        var delivered = await Drill.AwaitDeliveredAsync(stack.Receiver, ruleId, DeadSendersClaim + TimeSpan.FromSeconds(20));
        var firedAt = await Drill.FiredAtAsync(stack.Api, ruleId) ?? throw new InvalidOperationException("no alert for " + ruleId);
        var readErrors = Drill.ReadServerErrors(observer);
        output.WriteLine($"kill between ticks: restart took {(firstUp - firstRestart).TotalSeconds:F1} s; first tick {(firstTickAfterRestart - firstRestart).TotalSeconds:F1} s after the restart began; alert raised {(firedAt - firstRestart).TotalSeconds:F1} s after it");
        output.WriteLine($"kill mid-send ({(killedMidSend - inFlight.At).TotalSeconds:F1} s into the attempt): restart took {(secondUp - secondRestart).TotalSeconds:F1} s; first tick {(secondTickAfterRestart - secondRestart).TotalSeconds:F1} s after the restart began; delivered {(delivered.At - killedMidSend).TotalSeconds:F1} s after the kill; attempts {Drill.WebhookFirings(stack.Receiver, ruleId).Count}; read 5xx {readErrors.Count}");

        Assert.True(firstTickAfterRestart <= firstUp + RealStackFixture.TickInterval + Drill.TickSlack, "no tick within one interval of the first restart");
        Assert.True(firedAt <= firstUp + RealStackFixture.TickInterval + Drill.TickSlack, $"alert raised {(firedAt - firstUp).TotalSeconds:F1} s after the restart answered");
        Assert.True(secondTickAfterRestart <= secondUp + RealStackFixture.TickInterval + Drill.TickSlack, "no tick within one interval of the second restart");
        Assert.True(delivered.At - killedMidSend <= DeadSendersClaim + RealStackFixture.DeliveryInterval * 2 + Drill.TickSlack, "not resent once the dead sender's claim ran out");
        Drill.AssertDeliveredOnceUnderOneKey(stack.Receiver, ruleId);
        Assert.Empty(readErrors);
    }
}
