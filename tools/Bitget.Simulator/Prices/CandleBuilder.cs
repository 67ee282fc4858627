using Bitget.Simulator.Market;
using Bitget.Simulator.Wire;

namespace Bitget.Simulator.Prices;

/// <summary>Aggregates price history into candles; intervals with no price change repeat the previous close.</summary>
public static class CandleBuilder
{
    private static readonly Dictionary<string, TimeSpan> Intervals = new(StringComparer.Ordinal)
    {
        ["1m"] = TimeSpan.FromMinutes(1), ["3m"] = TimeSpan.FromMinutes(3), ["5m"] = TimeSpan.FromMinutes(5),
        ["15m"] = TimeSpan.FromMinutes(15), ["30m"] = TimeSpan.FromMinutes(30), ["1H"] = TimeSpan.FromHours(1),
        ["2H"] = TimeSpan.FromHours(2), ["4H"] = TimeSpan.FromHours(4), ["6H"] = TimeSpan.FromHours(6),
        ["12H"] = TimeSpan.FromHours(12), ["1D"] = TimeSpan.FromDays(1), ["3D"] = TimeSpan.FromDays(3),
        ["1W"] = TimeSpan.FromDays(7), ["1M"] = TimeSpan.FromDays(30), ["6Hutc"] = TimeSpan.FromHours(6),
        ["12Hutc"] = TimeSpan.FromHours(12), ["1Dutc"] = TimeSpan.FromDays(1), ["3Dutc"] = TimeSpan.FromDays(3),
        ["1Wutc"] = TimeSpan.FromDays(7), ["1Mutc"] = TimeSpan.FromDays(30),
    };

    public static TimeSpan Interval(string granularity, string parameter = "granularity") =>
        Intervals.TryGetValue(granularity, out var interval) ? interval : throw new BitgetErrorException("40020", $"Parameter {parameter} error");

    /// <summary>Candles from oldest to newest whose start lies in [from, to], at most <paramref name="limit"/> (the newest ones).</summary>
    public static IReadOnlyList<Candle> Build(IReadOnlyList<PricePoint> history, TimeSpan interval, DateTimeOffset now, DateTimeOffset? from, DateTimeOffset? to, int limit, bool finishedOnly)
    {
        if (history.Count == 0)
        {
            return [];
        }

        var candles = new List<Candle>();
        var first = Floor(history[0].Time, interval);
        var last = Floor(now, interval);
        var index = 0;
        var close = history[0].Price;
        for (var start = first; start <= last; start += interval)
        {
            decimal open = close, high = close, low = close;
            var touched = false;
            for (; index < history.Count && history[index].Time < start + interval; index++)
            {
                var price = history[index].Price;
                open = touched ? open : price;
                high = touched ? Math.Max(high, price) : price;
                low = touched ? Math.Min(low, price) : price;
                close = price;
                touched = true;
            }

            candles.Add(new Candle(start, open, high, low, close));
        }

        if (finishedOnly)
        {
            candles.RemoveAll(c => c.Start + interval > now);
        }

        candles.RemoveAll(c => (from is { } f && c.Start < Floor(f, interval)) || (to is { } t && c.Start > t));
        return candles.Skip(Math.Max(0, candles.Count - limit)).ToList();
    }

    public static string[] Row(Candle candle) =>
        [WireFormat.Ms(candle.Start), WireFormat.Number(candle.Open), WireFormat.Number(candle.High), WireFormat.Number(candle.Low), WireFormat.Number(candle.Close), "0", "0"];

    private static DateTimeOffset Floor(DateTimeOffset time, TimeSpan interval)
    {
        var ms = time.ToUnixTimeMilliseconds();
        var step = (long)interval.TotalMilliseconds;
        return DateTimeOffset.FromUnixTimeMilliseconds(ms - (ms % step + step) % step);
    }
}
