using Sentinel.Functions.Monitoring;

namespace Functions.Tests.Monitoring;

public sealed class PriceSeriesTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly PriceHistoryOptions Options = new()
    {
        Window = TimeSpan.FromHours(24),
        FullResolution = TimeSpan.FromHours(1),
        DownsampleInterval = TimeSpan.FromMinutes(5),
    };

    [Fact]
    public void TwoDaysOfThirtySecondTicks_KeepsAnHourFullAndTheRestOfTheDayEveryFiveMinutes()
    {
        var series = PriceSeries.Empty;

        for (var i = 0; i < 2 * 2880; i++)
        {
            series = series.Append(new PriceSample(Start.AddSeconds(30 * i), 100m + i), Options);
        }

        var now = series.Latest!.Value.At;
        Assert.Equal(121, series.Samples.Count(s => s.At >= now.AddHours(-1)));
        Assert.InRange(series.Samples.Count(s => s.At < now.AddHours(-1)), 275, 277);
        Assert.All(series.Samples, s => Assert.True(s.At >= now.AddHours(-24)));
        Assert.True(series.TryGetAtOrBefore(now.AddHours(-23), out var dayAgo));
        Assert.InRange(now.AddHours(-23) - Start.AddSeconds(30 * (double)(dayAgo - 100m)), TimeSpan.Zero, TimeSpan.FromMinutes(5));
        Assert.True(series.ToBytes().Length < 64 * 1024);
    }

    [Fact]
    public void SampleNotNewerThanTheLatest_IsIgnored()
    {
        var series = PriceSeries.Empty.Append(new PriceSample(Start, 1m), Options).Append(new PriceSample(Start.AddSeconds(30), 2m), Options);

        var replayed = series.Append(new PriceSample(Start.AddSeconds(30), 3m), Options).Append(new PriceSample(Start, 4m), Options);

        Assert.Same(series, replayed);
    }

    [Fact]
    public void Bytes_RoundTripExactDecimalsAndTimes_AndForeignBytesAreRefused()
    {
        var series = PriceSeries.Empty
            .Append(new PriceSample(Start, 0.000000012345678901m), Options)
            .Append(new PriceSample(Start.AddTicks(1), 79228162514264337593543950335m), Options)
            .Append(new PriceSample(Start.AddSeconds(30), 65432.10m), Options);

        var copy = PriceSeries.FromBytes(series.ToBytes());

        Assert.Equal(series.Samples, copy.Samples);
        Assert.Equal("65432.10", copy.Latest!.Value.Price.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Throws<FormatException>(() => PriceSeries.FromBytes(new byte[] { 2, 0, 0 }));
    }

    [Fact]
    public void TryGetAtOrBefore_BeforeTheFirstSample_IsFalse()
    {
        var series = PriceSeries.Empty.Append(new PriceSample(Start, 5m), Options);

        Assert.False(series.TryGetAtOrBefore(Start.AddSeconds(-1), out _));
        Assert.True(series.TryGetAtOrBefore(Start, out var price));
        Assert.Equal(5m, price);
    }
}
