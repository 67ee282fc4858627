namespace Sentinel.Functions.Monitoring;

/// <summary>
/// Which rows of the price history are kept when a newer one arrives: every one of the recent
/// <see cref="PriceHistoryOptions.FullResolution"/>, the first of each downsample bucket before that, none older than
/// the window, and at most a given count. Series are their symbols' samples in the kept rows, so a cold instance
/// that reads the stored rows holds exactly the series a warm one does.
/// </summary>
internal static class PriceRetention
{
    /// <summary><paramref name="existing"/> (oldest first, all older than <paramref name="added"/>) thinned, then <paramref name="added"/>.</summary>
    public static List<T> Retain<T>(IReadOnlyList<T> existing, T added, Func<T, DateTimeOffset> at, PriceHistoryOptions options, int maxCount)
    {
        var newest = at(added);
        var oldest = newest - options.Window;
        var thinBefore = newest - options.FullResolution;
        var bucket = options.DownsampleInterval.Ticks;
        var kept = new List<T>(existing.Count + 1);
        long? lastBucket = null;
        foreach (var item in existing)
        {
            var time = at(item);
            if (time < oldest)
            {
                continue;
            }

            if (time < thinBefore)
            {
                var index = time.UtcTicks / bucket;
                if (index == lastBucket)
                {
                    continue;
                }

                lastBucket = index;
            }

            kept.Add(item);
        }

        kept.Add(added);
        if (kept.Count > maxCount)
        {
            kept.RemoveRange(0, kept.Count - maxCount);
        }

        return kept;
    }
}
