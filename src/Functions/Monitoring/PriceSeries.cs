namespace Sentinel.Functions.Monitoring;

/// <summary>
/// One symbol's recent prices, oldest first, immutable: its samples in the rows the price history keeps
/// (<see cref="PriceLog"/>, <see cref="PriceRetention"/>), so it stays bounded however long the app runs.
/// </summary>
public sealed class PriceSeries
{
    /// <summary>The most samples a series keeps whatever the options (a bound on memory per symbol).</summary>
    public const int MaxSamples = 2730;

    private readonly PriceSample[] _samples;

    internal PriceSeries(PriceSample[] samples) => _samples = samples;

    public static PriceSeries Empty { get; } = new([]);

    public IReadOnlyList<PriceSample> Samples => _samples;

    public PriceSample? Latest => _samples.Length == 0 ? null : _samples[^1];

    /// <summary>The samples taken at <paramref name="kept"/> times (all when null), then <paramref name="added"/> if any.</summary>
    internal PriceSeries Retain(IReadOnlySet<DateTimeOffset>? kept, PriceSample? added)
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
    public bool TryGetAtOrBefore(DateTimeOffset at, out decimal price)
    {
        for (var i = _samples.Length - 1; i >= 0; i--)
        {
            if (_samples[i].At <= at)
            {
                price = _samples[i].Price;
                return true;
            }
        }

        price = 0m;
        return false;
    }
}
