using System.Globalization;

namespace Bitget.Simulator.Prices;

/// <summary>
/// Replays candles from CSV rows <c>ts,open,high,low,close[,...]</c> (a header row is skipped). The first candle is
/// pinned to the instant the script starts; each candle plays open, high, low, close at quarter steps of its span.
/// </summary>
public sealed class CandleReplayScript : IPriceScript
{
    private readonly List<(long Offset, decimal Price)> _path = [];
    private DateTimeOffset _start;
    private int _next;

    public CandleReplayScript(IEnumerable<string> csvLines)
    {
        ArgumentNullException.ThrowIfNull(csvLines);
        var rows = csvLines.Select(l => l.Trim()).Where(l => l.Length > 0 && char.IsDigit(l[0])).Select(Parse).ToList();
        if (rows.Count == 0)
        {
            throw new FormatException("The candle CSV has no rows of the form ts,open,high,low,close.");
        }

        var span = rows.Count > 1 ? rows[1].Ts - rows[0].Ts : 60_000;
        foreach (var row in rows)
        {
            var offset = row.Ts - rows[0].Ts;
            _path.Add((offset, row.Open));
            _path.Add((offset + span / 4, row.High));
            _path.Add((offset + span / 2, row.Low));
            _path.Add((offset + span * 3 / 4, row.Close));
        }
    }

    public static CandleReplayScript FromFile(string path) => new(File.ReadAllLines(path));

    public void Start(DateTimeOffset now, decimal currentPrice)
    {
        _start = now;
        _next = 0;
    }

    public IReadOnlyList<PricePoint> Advance(DateTimeOffset until)
    {
        var points = new List<PricePoint>();
        while (_next < _path.Count && _start.AddMilliseconds(_path[_next].Offset) <= until)
        {
            points.Add(new PricePoint(_start.AddMilliseconds(_path[_next].Offset), _path[_next].Price));
            _next++;
        }

        return points;
    }

    private static (long Ts, decimal Open, decimal High, decimal Low, decimal Close) Parse(string line)
    {
        var cells = line.Split(',');
        if (cells.Length < 5)
        {
            throw new FormatException($"Candle row needs ts,open,high,low,close: '{line}'.");
        }

        decimal D(int i) => decimal.Parse(cells[i], NumberStyles.Float, CultureInfo.InvariantCulture);
        return (long.Parse(cells[0], CultureInfo.InvariantCulture), D(1), D(2), D(3), D(4));
    }
}
