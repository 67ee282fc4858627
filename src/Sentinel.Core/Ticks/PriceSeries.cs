namespace Sentinel.Core.Ticks;

/// <summary>
/// One symbol's recent prices, oldest first, immutable: the one price history from collection (the monitoring
/// tick keeps it bounded in its rows) to evaluation (percent moves and crossings read it as it is).
/// </summary>
public sealed class PriceSeries
{
    /// <summary>The most samples a series keeps whatever the options (a bound on memory per symbol).</summary>
    public const int MaxSamples = 2730;

    private readonly PriceSample[] _samples;

    public PriceSeries(PriceSample[] samples) => _samples = samples;

    public static PriceSeries Empty { get; } = new([]);

    public IReadOnlyList<PriceSample> Samples => _samples;

    public PriceSample? Latest => _samples.Length == 0 ? null : _samples[^1];

    /// <summary>The samples taken at <paramref name="kept"/> times (all when null), then <paramref name="added"/> if any.</summary>
    public PriceSeries Retain(IReadOnlySet<DateTimeOffset>? kept, PriceSample? added)
    {
        var samples = new List<PriceSample>(_samples.Length + 1);
        foreach (var sample in _samples)
        {
            if (kept is null || kept.Contains(sample.At))
            {
                samples.Add(sample);
            }
        }

        if (added is { } next)
        {
            samples.Add(next);
        }

        return new PriceSeries([.. samples]);
    }

    /// <summary>The newest price observed at or before <paramref name="at"/>; false when the series does not reach back that far.</summary>
    public bool TryGetAtOrBefore(DateTimeOffset at, out decimal price) => TryFind(at, inclusive: true, out price);

    /// <summary>The newest sample taken strictly before <paramref name="at"/>, with its time (what a price crossing is measured from).</summary>
    public bool TryGetSampleBefore(DateTimeOffset at, out PriceSample sample)
    {
        var found = IndexOf(at, inclusive: false);
        sample = found >= 0 ? _samples[found] : default;
        return found >= 0;
    }

    private bool TryFind(DateTimeOffset at, bool inclusive, out decimal price)
    {
        var found = IndexOf(at, inclusive);
        price = found >= 0 ? _samples[found].Price : 0m;
        return found >= 0;
    }

    private int IndexOf(DateTimeOffset at, bool inclusive)
    {
        var low = 0;
        var high = _samples.Length - 1;
        var found = -1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            var time = _samples[mid].At;
            if (time < at || (inclusive && time == at))
            {
                found = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return found;
    }
}
