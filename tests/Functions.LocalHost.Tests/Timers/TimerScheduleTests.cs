using System.Text.Json;
using Sentinel.LocalHost.App;
using Sentinel.LocalHost.Timers;

namespace Sentinel.LocalHost.Tests.Timers;

public sealed class TimerScheduleTests
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("*/5 * * * * *", "2026-12-02T12:00:05Z")]
    [InlineData("0 */15 * * * *", "2026-12-02T12:15:00Z")]
    [InlineData("0 30 9 * * 1-5", "2026-12-03T09:30:00Z")]
    public void SixFieldSchedule_NextOccurrenceIsInUtc(string expression, string expected)
    {
        var schedule = TimerSchedule.Parse("f", expression, Settings());

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), schedule.Next(Noon));
    }

    [Fact]
    public void SettingReference_IsResolvedFromTheAppSettings()
    {
        var schedule = TimerSchedule.Parse("f", "%MY_SCHEDULE%", Settings(("MY_SCHEDULE", "0 0 * * * *")));

        Assert.Equal("0 0 * * * *", schedule.Expression);
        Assert.Equal(Noon.AddHours(1), schedule.Next(Noon));
    }

    [Fact]
    public void SettingReference_ThatIsNotSet_FailsNamingTheSetting()
    {
        var error = Assert.Throws<LocalHostConfigurationException>(() => TimerSchedule.Parse("Tick", "%MISSING_SCHEDULE%", Settings()));

        Assert.Contains("'Tick'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'MISSING_SCHEDULE'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("*/5 * * * *")]
    [InlineData("not a schedule at all")]
    [InlineData("99 * * * * *")]
    public void ScheduleThatIsNotSixFieldNcrontab_IsRefused(string expression)
    {
        var error = Assert.Throws<LocalHostConfigurationException>(() => TimerSchedule.Parse("Tick", expression, Settings()));

        Assert.Contains(expression, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TimerInfo_HasTheHostsShape_WithUtcTimes()
    {
        var json = TimerInfoPayload.Create(Noon, Noon.AddSeconds(10), Noon.AddSeconds(1), isPastDue: true);

        using var info = JsonDocument.Parse(json);
        Assert.True(info.RootElement.GetProperty("Schedule").GetProperty("AdjustForDST").GetBoolean());
        Assert.True(info.RootElement.GetProperty("IsPastDue").GetBoolean());
        var status = info.RootElement.GetProperty("ScheduleStatus");
        Assert.Equal("2026-12-02T12:00:00Z", status.GetProperty("Last").GetString());
        Assert.Equal("2026-12-02T12:00:10Z", status.GetProperty("Next").GetString());
        Assert.Equal("2026-12-02T12:00:01Z", status.GetProperty("LastUpdated").GetString());
    }

    private static AppSettings Settings(params (string Name, string Value)[] environment) =>
        AppSettings.Load(null, environment.ToDictionary(pair => pair.Name, pair => pair.Value));
}
