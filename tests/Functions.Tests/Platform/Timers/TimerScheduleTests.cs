using Functions.Tests.Support;
using Microsoft.Extensions.Configuration;
using Sentinel.Functions.Platform.Timers;

namespace Functions.Tests.Platform.Timers;

public sealed class TimerScheduleTests
{
    private static readonly DateTimeOffset Midnight = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void EveryTimerFunction_IsScheduledByAnAppSetting_WhoseDocumentedDefaultIsSixFieldNcrontab()
    {
        var sample = SampleSettings.Read();
        var defaults = new ConfigurationBuilder().AddInMemoryCollection(sample.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value))).Build();

        Assert.NotEmpty(FunctionCatalog.App.Timers);
        foreach (var timer in FunctionCatalog.App.Timers)
        {
            var schedule = timer.Timer!.Schedule;
            Assert.Matches("^%[A-Z_]+%$", schedule);
            var resolved = TimerSchedule.Resolve(timer.Name, schedule, defaults);
            Assert.Equal(SentinelTestApp.DefaultSettings[schedule.Trim('%')], resolved.Expression);
            Assert.True(resolved.GetNextOccurrence(Midnight) > Midnight);
        }
    }

    [Fact]
    public void AppSettingReference_IsResolvedFromConfiguration()
    {
        var schedule = TimerSchedule.Resolve("MonitorTick", "%MONITOR_SCHEDULE%", Settings(("MONITOR_SCHEDULE", "*/30 * * * * *")));

        Assert.Equal("*/30 * * * * *", schedule.Expression);
        Assert.Equal(Midnight.AddSeconds(30), schedule.GetNextOccurrence(Midnight));
    }

    [Fact]
    public void AppSettingReference_WithDoubleUnderscore_ReadsTheConfigurationSection()
    {
        var schedule = TimerSchedule.Resolve("T", "%Schedules__Tick%", Settings(("Schedules:Tick", "0 */5 * * * *")));

        Assert.Equal(Midnight.AddMinutes(5), schedule.GetNextOccurrence(Midnight));
    }

    [Fact]
    public void AppSettingReference_Missing_FailsNamingFunctionAndSetting()
    {
        var error = Assert.Throws<InvalidOperationException>(() => TimerSchedule.Resolve("MonitorTick", "%MONITOR_SCHEDULE%", Settings()));

        Assert.Contains("MonitorTick", error.Message, StringComparison.Ordinal);
        Assert.Contains("MONITOR_SCHEDULE", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("*/5 * * * *")]
    [InlineData("every 5 minutes")]
    [InlineData("61 * * * * *")]
    public void InvalidExpression_FailsNamingFunctionAndExpression(string expression)
    {
        var error = Assert.Throws<InvalidOperationException>(() => TimerSchedule.Resolve("MonitorTick", "%S%", Settings(("S", expression))));

        Assert.Contains("MonitorTick", error.Message, StringComparison.Ordinal);
        Assert.Contains("'S'", error.Message, StringComparison.Ordinal);
        Assert.Contains(expression, error.Message, StringComparison.Ordinal);
        Assert.Contains("six-field", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ScheduleThatNeverFires_IsRejected()
    {
        var error = Assert.Throws<InvalidOperationException>(() => TimerSchedule.Resolve("T", "0 0 0 30 2 *", Settings()));

        Assert.Contains("never fires", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LeapDaySchedule_IsAccepted()
    {
        var schedule = TimerSchedule.Resolve("T", "0 0 0 29 2 *", Settings());

        Assert.Equal(new DateTimeOffset(2028, 2, 29, 0, 0, 0, TimeSpan.Zero), schedule.GetNextOccurrence(Midnight));
    }

    [Fact]
    public void LiteralExpression_NextOccurrenceIsStrictlyAfterAndInUtc()
    {
        var schedule = TimerSchedule.Resolve("T", "0 0 9 * * Mon", Settings());

        var next = schedule.GetNextOccurrence(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2026, 1, 12, 9, 0, 0, TimeSpan.Zero), next);
        Assert.Equal(TimeSpan.Zero, next.Offset);
    }

    [Fact]
    public void NextOccurrence_FromAFractionalSecond_IsTheNextWholeOccurrence()
    {
        var schedule = TimerSchedule.Resolve("T", "*/30 * * * * *", Settings());

        Assert.Equal(Midnight.AddSeconds(30), schedule.GetNextOccurrence(Midnight.AddMilliseconds(400)));
    }

    private static IConfiguration Settings(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();
}
