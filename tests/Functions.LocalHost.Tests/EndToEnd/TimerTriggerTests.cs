using Microsoft.Extensions.Logging;
using Sentinel.LocalHost.Tests.Support;

namespace Sentinel.LocalHost.Tests.EndToEnd;

/// <summary>The sample's Heartbeat timer (%SAMPLE_SCHEDULE% = every 10 s) fired by the local host's clock.</summary>
[Collection(SampleAppTests.Name)]
public sealed class TimerTriggerTests(SampleAppFixture app)
{
    [Fact]
    public async Task Timer_FiresOnItsSchedule_Succeeds_AndALateRunIsFlaggedPastDue()
    {
        await using var host = await SampleHost.StartAsync(app);

        host.Time.Advance(TimeSpan.FromSeconds(10));
        var onTime = await host.Outcomes.WaitForAsync(outcome => outcome.FunctionName == "Heartbeat");
        host.Time.Advance(TimeSpan.FromSeconds(25));
        var late = await host.Outcomes.WaitForAsync(outcome => outcome.FunctionName == "Heartbeat" && outcome.InvocationId != onTime.InvocationId);

        Assert.True(onTime.Succeeded);
        Assert.True(late.Succeeded);
        Assert.True(host.Console.Contains(LogLevel.Information, "Heartbeat ran (past due: False, scheduled next: 2026-12-02T10:00:10"), "the first run is on time");
        Assert.True(host.Console.Contains(LogLevel.Information, "Heartbeat ran (past due: True"), "the run the clock reached 25 s late is past due");
        Assert.True(host.Console.Contains(LogLevel.Information, "Executed 'Functions.Heartbeat' (Succeeded"), "the host reports each success");
    }
}
