namespace Bitget.Simulator.Prices;

/// <summary>
/// A scripted move: from the price at start, change by <see cref="Percent"/> (e.g. -8 for "-8 %") linearly over
/// <see cref="Duration"/>, one point per <see cref="Interval"/>, then hold.
/// </summary>
public sealed class MoveScript(decimal percent, TimeSpan duration, TimeSpan? interval = null) : IPriceScript
{
    private DateTimeOffset _start;
    private DateTimeOffset _last;
    private decimal _from;

    public decimal Percent { get; } = percent;

    public TimeSpan Duration { get; } = duration;

    public TimeSpan Interval { get; } = interval ?? TimeSpan.FromSeconds(1);

    public void Start(DateTimeOffset now, decimal currentPrice)
    {
        _start = now;
        _last = now;
        _from = currentPrice;
    }

    public IReadOnlyList<PricePoint> Advance(DateTimeOffset until)
    {
        var points = new List<PricePoint>();
        var end = _start + Duration;
        while (_last < end && _last + Interval <= until)
        {
            _last = _last + Interval > end ? end : _last + Interval;
            points.Add(new PricePoint(_last, PriceAt(_last)));
        }

        if (_last < end && until >= end)
        {
            _last = end;
            points.Add(new PricePoint(end, PriceAt(end)));
        }

        return points;
    }

    private decimal PriceAt(DateTimeOffset time)
    {
        var fraction = Duration <= TimeSpan.Zero ? 1m : Math.Min(1m, (decimal)((time - _start).Ticks) / Duration.Ticks);
        return _from * (1m + Percent / 100m * fraction);
    }
}
