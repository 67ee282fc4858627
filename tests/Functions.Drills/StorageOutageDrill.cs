using Sentinel.Drills.Support;
using Xunit.Abstractions;

namespace Sentinel.Drills;

/// <summary>
/// Drill (c): Azurite stopped for a while, BTC crashing meanwhile. Reads answer 503 problem details (never a 500),
/// /api/status stays 200, health says the state store is down and recovers; the alert is raised within one tick
/// of the store's return and delivered once.
/// </summary>
[Collection(RealStackDrills.Name)]
public sealed class StorageOutageDrill(RealStackFixture stack, ITestOutputHelper output)
{
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Azurite writes its tables to disk every 5 s (LokiJS autosave) and a stop loses what came since, which real
    /// storage never does: the drill lets one save pass after storing its rule, so the outage rolls nothing back.
    /// </summary>
    private static readonly TimeSpan AzuriteSaveInterval = TimeSpan.FromSeconds(6);

    /// <summary>A delivery run cut off by the outage cannot release its lease (30 s, OutboxDispatcher): the next run waits it out.</summary>
    private static readonly TimeSpan DeliveryLeaseOfADeadRun = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task AzuriteStopped_ReadsAnswer503StatusStays200_HealthShowsStateDown_AlertRaisedAfter()
    {
        var (ruleId, observer) = await stack.ArmAsync("storage");
        await using var observed = observer;

        await Task.Delay(AzuriteSaveInterval);
        await stack.Azurite.StopAsync();
        var downAt = DateTimeOffset.UtcNow;
        await stack.CrashAsync();
        await Task.Delay(Outage);
        var upAt = DateTimeOffset.UtcNow;
        await stack.Azurite.StartAgainAsync();

        DateTimeOffset firedAt;
        try
        {
            firedAt = await Drill.EventuallyAsync(() => Drill.FiredAtAsync(stack.Api, ruleId), TimeSpan.FromSeconds(20), "the alert") ?? throw new InvalidOperationException("no alert for " + ruleId);
        }
        catch (TimeoutException)
        {
            output.WriteLine(string.Join("\n", observer.TickAttempts()));
            output.WriteLine(stack.HostConsole);
            throw;
        }
        output.WriteLine($"detection {(firedAt - upAt).TotalSeconds:F1} s after the store was back");
        var delivered = await Drill.AwaitDeliveredAsync(stack.Receiver, ruleId, DeliveryLeaseOfADeadRun + TimeSpan.FromSeconds(15));
        await Drill.AwaitComponentAsync(observer, "state", "healthy", TimeSpan.FromSeconds(10));

        var duringOutage = observer.Samples.Where(sample => sample.At >= downAt && sample.At < upAt).ToList();
        var statusAnswers = duringOutage.Where(sample => sample.Path == "api/status").Select(sample => sample.Status).ToList();
        var problems503 = duringOutage.Count(sample => sample.Status == 503 && sample.ContentType == "application/problem+json");
        var stateDuringOutage = observer.Component("state").Where(c => c.At >= downAt && c.At < upAt).ToList();
        var readErrors = Drill.ReadServerErrors(observer);
        output.WriteLine($"outage {(upAt - downAt).TotalSeconds:F1} s; reads during it {duringOutage.Count(s => s.Path != "api/health")}, 503 problems {problems503}, other 5xx {readErrors.Count}; /api/status answers {string.Join(",", statusAnswers.Distinct())}");
        output.WriteLine($"state component during the outage: {string.Join(", ", stateDuringOutage.Select(c => c.Status).Distinct())} ({stateDuringOutage.LastOrDefault().Detail})");
        output.WriteLine($"delivered {(delivered.At - upAt).TotalSeconds:F1} s after the store was back");

        Assert.Empty(readErrors);
        Assert.NotEmpty(statusAnswers);
        Assert.All(statusAnswers, status => Assert.Equal(200, status));
        Assert.True(problems503 > 0, "no read answered 503 problem details during the outage");
        Assert.Contains(stateDuringOutage, component => component.Status == "unhealthy");
        Assert.True(firedAt - upAt <= RealStackFixture.TickInterval + Drill.TickSlack, $"detected {(firedAt - upAt).TotalSeconds:F1} s after the store was back");
        Assert.True(delivered.At - upAt <= DeliveryLeaseOfADeadRun + RealStackFixture.DeliveryInterval * 2 + Drill.TickSlack, $"delivered {(delivered.At - upAt).TotalSeconds:F1} s after the store was back");
        Drill.AssertDeliveredOnceUnderOneKey(stack.Receiver, ruleId);
    }
}
