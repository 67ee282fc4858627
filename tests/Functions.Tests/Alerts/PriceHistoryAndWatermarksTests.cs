using Sentinel.Functions.Alerts;
using static Functions.Tests.Alerts.AlertTestData;

namespace Functions.Tests.Alerts;

public sealed class PriceHistoryAndWatermarksTests
{
    [Fact]
    public void PriceRing_Full_OverwritesTheOldestAndFindsTheSampleAtOrBefore()
    {
        var ring = new PriceRing(3);
        for (var i = 0; i < 5; i++)
        {
            ring.Add(T0.AddMinutes(i), 100m + i);
        }

        Assert.Equal(3, ring.Count);
        Assert.False(ring.TryGetAtOrBefore(T0.AddMinutes(1), out _));
        Assert.True(ring.TryGetAtOrBefore(T0.AddMinutes(3.5), out var atOrBefore));
        Assert.Equal(103m, atOrBefore);
        Assert.True(ring.TryGetBefore(T0.AddMinutes(4), out var before));
        Assert.Equal(103m, before);
    }

    [Fact]
    public void PriceRing_SampleNotNewerThanTheLast_IsIgnored()
    {
        var ring = new PriceRing(4);
        ring.Add(T0.AddMinutes(1), 1m);

        ring.Add(T0, 2m);
        ring.Add(T0.AddMinutes(1), 3m);

        Assert.Equal(1, ring.Count);
    }

    [Fact]
    public void PriceRing_Bytes_RoundTripExactDecimals()
    {
        var ring = new PriceRing(4);
        ring.Add(T0, 0.00001234m);
        ring.Add(T0.AddMinutes(1), 98765.4321m);

        var restored = PriceRing.FromBytes(ring.ToBytes());

        Assert.Equal(ring.ToBytes(), restored.ToBytes());
        Assert.True(restored.TryGetAtOrBefore(T0, out var first));
        Assert.Equal(0.00001234m, first);
    }

    [Fact]
    public void PriceRing_TruncatedBytes_AreRefused() =>
        Assert.Throws<FormatException>(() => PriceRing.FromBytes(new byte[7]));

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
    public void TickHealth_CountsFailuresUntilASuccess()
    {
        var health = TickHealth.Unknown.RecordSuccess(T0)
            .RecordFailure(TickErrorKind.Unreachable, T0.AddMinutes(1))
            .RecordFailure(TickErrorKind.Auth, T0.AddMinutes(2));

        Assert.Equal(2, health.ConsecutiveFailures);
        Assert.Equal(TickErrorKind.Auth, health.LastError);
        Assert.Equal(T0, health.LastSuccessAt);
        Assert.Equal(0, health.RecordSuccess(T0.AddMinutes(3)).ConsecutiveFailures);
    }
}
