using Sentinel.Drills.Support;
using Xunit.Abstractions;

namespace Sentinel.Drills;

/// <summary>
/// Drill (a): the webhook receiver answers 500, then hangs, then refuses connections while BTC crashes through a
/// rule. Detection must not wait on the channel; the alert is delivered after the fault under the key it was first
/// tried with, once, and health shows delivery degraded while it lasts.
/// </summary>
[Collection(RealStackDrills.Name)]
public sealed class ChannelFaultDrill(RealStackFixture stack, ITestOutputHelper output)
{
    private static readonly TimeSpan PhaseLength = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task ReceiverFailingHangingAndRefusing_DetectionOnTime_DeliveredAfterOnceWithTheSameKey()
    {
        var (ruleId, observer) = await stack.ArmAsync("channel");
        await using var observed = observer;

        var faultStart = DateTimeOffset.UtcNow;
        await stack.Receiver.SwitchAsync(ReceiverMode.ServerError);
        await stack.CrashAsync();
        var crashAt = DateTimeOffset.UtcNow;
        await Task.Delay(PhaseLength);
        await stack.Receiver.SwitchAsync(ReceiverMode.Hang);
        await Task.Delay(PhaseLength);
        await stack.Receiver.SwitchAsync(ReceiverMode.Refuse);
        await Task.Delay(PhaseLength);
        await stack.Receiver.SwitchAsync(ReceiverMode.Accept);
        var faultEnd = DateTimeOffset.UtcNow;

        var delivered = await Drill.AwaitDeliveredAsync(stack.Receiver, ruleId, TimeSpan.FromSeconds(20));
        await Drill.AwaitComponentAsync(observer, "delivery", "healthy", TimeSpan.FromSeconds(15));
        var firedAt = await Drill.FiredAtAsync(stack.Api, ruleId) ?? throw new InvalidOperationException("no alert for " + ruleId);

        var firings = Drill.WebhookFirings(stack.Receiver, ruleId);
        var duringFault = firings.Where(request => request.At < faultEnd).ToList();
        var ticksDuringFault = observer.TickAttempts().Where(tick => tick >= faultStart && tick <= faultEnd).ToList();
        var longestTickGap = ticksDuringFault.Zip(ticksDuringFault.Skip(1), (a, b) => b - a).DefaultIfEmpty().Max();
        var deliveryDuringFault = observer.Component("delivery").Where(c => c.At >= faultStart && c.At <= faultEnd).ToList();
        var readErrors = Drill.ReadServerErrors(observer);
        output.WriteLine($"detection {(firedAt - crashAt).TotalSeconds:F1} s after the crash; delivered {(delivered.At - faultEnd).TotalSeconds:F1} s after the fault ({(faultEnd - faultStart).TotalSeconds:F1} s)");
        output.WriteLine($"attempts during the fault {duringFault.Count} (500: {duringFault.Count(r => r.AnsweredStatus == 500)}, hung: {duringFault.Count(r => r.AnsweredStatus is null)}); keys {firings.Select(r => r.IdempotencyKey).Distinct().Count()}; accepted {firings.Count(r => r.AnsweredStatus == 202)}");
        output.WriteLine($"ticks during the fault {ticksDuringFault.Count}, longest gap {longestTickGap.TotalSeconds:F1} s; delivery component during the fault: {string.Join(", ", deliveryDuringFault.Select(c => c.Status).Distinct())}; read 5xx {readErrors.Count}");

        Assert.True(firedAt - crashAt <= RealStackFixture.TickInterval + Drill.TickSlack, $"detected {(firedAt - crashAt).TotalSeconds:F1} s after the crash");
        Assert.True(longestTickGap <= RealStackFixture.TickInterval + Drill.TickSlack, $"ticks {longestTickGap.TotalSeconds:F1} s apart during the fault");
        Assert.NotEmpty(duringFault);
        Drill.AssertDeliveredOnceUnderOneKey(stack.Receiver, ruleId);
        Assert.True(delivered.At - faultEnd <= RealStackFixture.DeliveryInterval * 2 + TimeSpan.FromSeconds(2) + Drill.TickSlack, $"delivered {(delivered.At - faultEnd).TotalSeconds:F1} s after the fault");
        Assert.Contains(deliveryDuringFault, component => component.Status != "healthy");
        Assert.Empty(readErrors);
    }
}
