using System.Threading.Channels;
using Functions.Tests.Hosting.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Sentinel.Functions.Hosting;
using Sentinel.Functions.Hosting.Declarations;
using Sentinel.Functions.Hosting.Invocation;
using Sentinel.Functions.Hosting.Timers;
using Sentinel.TestSupport;

namespace Functions.Tests.Hosting;

/// <summary>The whole app in standalone mode fires its timer functions itself, on a fake clock.</summary>
public sealed class StandaloneSchedulerTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task TimerFunction_FiresOnItsAppSettingSchedule_WithTheHostsPayloadShape()
    {
        var clock = new FakeTimeProvider(Start);
        var waits = Channel.CreateUnbounded<DateTimeOffset>();
        var runs = Channel.CreateUnbounded<TimerInvocation>();
        await using var app = await TestApp.StartAsync(
            HostingMode.Standalone,
            map: a => a.MapTimerFunction("MonitorTick", "%MONITOR_SCHEDULE%", (invocation, _) =>
            {
                invocation.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Tick").LogInformation("tick body ran");
                runs.Writer.TryWrite(invocation);
                return Task.CompletedTask;
            }),
            settings: new Dictionary<string, string?> { ["MONITOR_SCHEDULE"] = "*/30 * * * * *" },
            timeProvider: clock,
            beforeStart: a => a.Services.GetRequiredService<TimerScheduler>().Waiting += (_, due) => waits.Writer.TryWrite(due));

        Assert.Equal(Start.AddSeconds(30), await waits.Reader.ReadAsync().AsTask().WaitAsync(Patience));
        clock.Advance(TimeSpan.FromSeconds(30));
        var invocation = await runs.Reader.ReadAsync().AsTask().WaitAsync(Patience);

        Assert.Equal("MonitorTick", invocation.FunctionName);
        Assert.False(invocation.Timer.IsPastDue);
        Assert.True(invocation.Timer.Schedule.AdjustForDst);
        Assert.Equal(new ScheduleStatus(Start.AddSeconds(30), Start.AddSeconds(60), Start.AddSeconds(30)), invocation.Timer.ScheduleStatus);
        Assert.True(Guid.TryParse(invocation.InvocationId, out _));
        var line = Assert.Single(app.Logs.Lines, l => l.Message == "tick body ran");
        Assert.Equal(invocation.InvocationId, line.Scope[InvocationIds.ScopeKey]);
        Assert.Equal(Start.AddSeconds(60), await waits.Reader.ReadAsync().AsTask().WaitAsync(Patience));
    }

    [Fact]
    public async Task MissingScheduleSetting_StopsTheStartWithAClearError()
    {
        await using var app = TestApp.Build(HostingMode.Standalone, FreePort.Next(), a => a.MapTimerFunction("MonitorTick", "%MONITOR_SCHEDULE%", (_, _) => Task.CompletedTask));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => app.StartAsync());

        Assert.Contains("'MONITOR_SCHEDULE', which is not set", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadScheduleExpression_StopsTheStartWithAClearError()
    {
        await using var app = TestApp.Build(
            HostingMode.Standalone,
            FreePort.Next(),
            a => a.MapTimerFunction("MonitorTick", "%MONITOR_SCHEDULE%", (_, _) => Task.CompletedTask),
            new Dictionary<string, string?> { ["MONITOR_SCHEDULE"] = "*/30 * * * *" });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => app.StartAsync());

        Assert.Contains("'*/30 * * * *', which is not a six-field NCRONTAB expression", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnderTheFunctionsHost_TheAppDoesNotScheduleTimersItself()
    {
        await using var app = await TestApp.StartAsync(
            HostingMode.CustomHandler,
            a => a.MapTimerFunction("MonitorTick", "%MONITOR_SCHEDULE%", (_, _) => Task.CompletedTask));

        Assert.Null(app.Services.GetService<TimerScheduler>());
    }
}
