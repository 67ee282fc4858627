using Bitget.Client.Exchange;
using Sentinel.Core.Alerts;
using Sentinel.Core.Ticks;
using static Sentinel.Core.Tests.Alerts.AlertTestData;

namespace Sentinel.Core.Tests.Alerts;

public sealed class PriceHistoryAndWatermarksTests
{
    [Fact]
    public void PriceSeries_FindsTheSampleAtOrBeforeAndStrictlyBefore()
    {
        var series = new PriceSeries([.. Enumerable.Range(2, 3).Select(i => new PriceSample(T0.AddMinutes(i), 100m + i))]);

        Assert.Equal(3, series.Samples.Count);
        Assert.False(series.TryGetAtOrBefore(T0.AddMinutes(1), out _));
        Assert.True(series.TryGetAtOrBefore(T0.AddMinutes(3.5), out var atOrBefore));
        Assert.Equal(103m, atOrBefore);
        Assert.True(series.TryGetSampleBefore(T0.AddMinutes(4), out var before));
        Assert.Equal(new PriceSample(T0.AddMinutes(3), 103m), before);
    }

    [Fact]
    public void AccountWatermarks_NewUtcDay_ResetsTheDayStartButKeepsThePeak()
    {
        var marks = AccountWatermarks.Start(1000m, T0).Advance(1200m, T0.AddHours(1)).Advance(1100m, T0.AddHours(2));

        var nextDay = marks.Advance(1050m, new DateTimeOffset(2026, 3, 3, 0, 0, 30, TimeSpan.Zero));

        Assert.Equal(1000m, marks.DayStartEquity);
        Assert.Equal(1050m, nextDay.DayStartEquity);
        Assert.Equal(1200m, nextDay.PeakEquity);
        Assert.Equal(T0.AddHours(1), nextDay.PeakAt);
        Assert.Equal(12.5m, nextDay.DrawdownFromPeakPercent(1050m));
        Assert.Equal(0m, nextDay.DrawdownFromDayStartPercent(1060m));
    }

    [Fact]
    public void TickStatus_CountsFailuresUntilASuccess()
    {
        var health = Healthy(T0)
            .Failed(TickFailureKind.Unreachable, T0.AddMinutes(1))
            .Failed(TickFailureKind.Authentication, T0.AddMinutes(2));

        Assert.Equal(2, health.ConsecutiveFailures);
        Assert.Equal(TickFailureKind.Authentication, health.LastFailure?.Kind);
        Assert.Equal(T0, health.LastSuccessAt);
        Assert.Equal(0, health.RecordSuccess(T0.AddMinutes(3), TimeSpan.Zero, Snapshot(T0.AddMinutes(3)), AccountKind.Classic).ConsecutiveFailures);
    }
}
