using Bitget.Client.Streams;

namespace Bitget.Client.Tests.Streams;

/// <summary>The pure parts of connection management: backoff, the private version filter, option checks.</summary>
public sealed class StreamMechanicsTests
{
    [Fact]
    public void Backoff_GrowsExponentiallyWithJitterAndStopsAtTheCap()
    {
        var backoff = new ReconnectBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60), new Random(3));

        var delays = Enumerable.Range(1, 12).Select(backoff.Delay).ToList();

        for (var attempt = 1; attempt <= 12; attempt++)
        {
            var step = Math.Min(60, Math.Pow(2, attempt - 1));
            Assert.InRange(delays[attempt - 1].TotalSeconds, step / 2, step);
        }

        Assert.True(delays.Skip(7).All(d => d <= TimeSpan.FromSeconds(60)));
        Assert.NotEqual(new ReconnectBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60), new Random(4)).Delay(5), new ReconnectBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60), new Random(3)).Delay(5));
    }

    [Fact]
    public void VersionFilter_DropsRepeatsAndOlderVersions_KeepsNewerOnes()
    {
        var filter = new VersionFilter<(string Id, long Version, string State)>(r => r.Id, r => r.Version, capacity: 100);

        var first = filter.Apply([("a", 1, "live"), ("b", 1, "live")]);
        var again = filter.Apply([("a", 1, "live"), ("b", 0, "stale"), ("b", 2, "filled")]);

        Assert.Equal(2, first.Count);
        Assert.Equal([("b", 2L, "filled")], again);
    }

    [Fact]
    public void VersionFilter_RemembersABoundedNumberOfKeys()
    {
        var filter = new VersionFilter<(string Id, long Version)>(r => r.Id, r => r.Version, capacity: 10);

        filter.Apply([.. Enumerable.Range(0, 10_000).Select(i => ($"order-{i}", 1L))]);

        Assert.Equal(10, filter.Current().Count);
    }

    [Theory]
    [InlineData("http://example.com")]
    [InlineData("relative")]
    public void Options_NonWebSocketAddress_RefusedNamingTheSetting(string address)
    {
        var options = new BitgetStreamOptions { BaseAddress = new Uri(address, UriKind.RelativeOrAbsolute) };

        var error = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Contains("Bitget:Streams:BaseAddress", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_MoreSubscriptionsThanBitgetAllows_Refused()
    {
        var options = new BitgetStreamOptions { MaxSubscriptionsPerConnection = 1001 };

        Assert.Throws<ArgumentOutOfRangeException>(options.Validate);
    }
}
