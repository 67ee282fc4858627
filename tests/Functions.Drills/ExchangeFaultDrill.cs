using Sentinel.Drills.Support;
using Xunit.Abstractions;

namespace Sentinel.Drills;

/// <summary>
/// Drill (d): the simulator answers every exchange request with a 503 gateway page for a while, BTC crashing
/// meanwhile. Health shows the exchange failing while it lasts and recovers; the alert is raised within the client's
/// circuit break plus one tick of the exchange's return and delivered once; reads never answer 5xx.
/// </summary>
[Collection(RealStackDrills.Name)]
public sealed class ExchangeFaultDrill(RealStackFixture stack, ITestOutputHelper output)
{
    private static readonly TimeSpan Fault = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Bitget.Client's circuit breaker (BitgetClientOptions.CircuitBreakDuration, 15 s, not an app setting) opens during
    /// the fault and fails reads fast for this long after its last failure: the cost of the fault after it ends.
    /// </summary>
    private static readonly TimeSpan ClientCircuitBreak = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task ExchangeAnswering5xx_HealthShowsItAndRecovers_AlertRaisedAfter()
    {
        var (ruleId, observer) = await stack.ArmAsync("exchange");
        await using var observed = observer;

        await stack.BreakExchangeAsync();
        var faultStart = DateTimeOffset.UtcNow;
        await stack.CrashAsync();
        await Task.Delay(Fault);
        await stack.ClearExchangeFaultsAsync();
        var faultEnd = DateTimeOffset.UtcNow;

        var delivered = await Drill.AwaitDeliveredAsync(stack.Receiver, ruleId, ClientCircuitBreak + TimeSpan.FromSeconds(15));
        await Drill.AwaitComponentAsync(observer, "exchange", "healthy", TimeSpan.FromSeconds(10));
        var firedAt = await Drill.FiredAtAsync(stack.Api, ruleId) ?? throw new InvalidOperationException("no alert for " + ruleId);

        var exchangeDuringFault = observer.Component("exchange").Where(c => c.At >= faultStart && c.At <= faultEnd).ToList();
        var readErrors = Drill.ReadServerErrors(observer);
        output.WriteLine($"fault {(faultEnd - faultStart).TotalSeconds:F1} s; exchange component during it: {string.Join(", ", exchangeDuringFault.Select(c => c.Status).Distinct())} ({exchangeDuringFault.LastOrDefault().Detail})");
        output.WriteLine($"detection {(firedAt - faultEnd).TotalSeconds:F1} s after the fault ended; delivered {(delivered.At - faultEnd).TotalSeconds:F1} s after; read 5xx {readErrors.Count}");

        Assert.Contains(exchangeDuringFault, component => component.Status != "healthy");
        Assert.True(firedAt > faultStart, "the alert was raised before the fault, from a price the drill did not set");
        Assert.True(firedAt - faultEnd <= ClientCircuitBreak + RealStackFixture.TickInterval + Drill.TickSlack, $"detected {(firedAt - faultEnd).TotalSeconds:F1} s after the fault ended");
        Assert.Empty(readErrors);
        Drill.AssertDeliveredOnceUnderOneKey(stack.Receiver, ruleId);
    }
}
