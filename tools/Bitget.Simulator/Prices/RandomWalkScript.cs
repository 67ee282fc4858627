namespace Bitget.Simulator.Prices;

/// <summary>
/// A seeded random walk: every <see cref="Interval"/> the price moves by a normally distributed relative step whose
/// standard deviation is <see cref="Volatility"/> (e.g. 0.001 = 0.1 % per step). Same seed, same path.
/// </summary>
public sealed class RandomWalkScript(int seed, decimal volatility, TimeSpan? interval = null) : IPriceScript
{
    private readonly Random _random = new(seed);
    private DateTimeOffset _last;
    private decimal _price;

    public decimal Volatility { get; } = volatility;

    public TimeSpan Interval { get; } = interval ?? TimeSpan.FromSeconds(1);

    public void Start(DateTimeOffset now, decimal currentPrice)
    {
        _last = now;
        _price = currentPrice;
    }

    public IReadOnlyList<PricePoint> Advance(DateTimeOffset until)
    {
        var points = new List<PricePoint>();
        while (_last + Interval <= until)
        {
            _last += Interval;
            _price = Math.Max(_price * (1m + Volatility * (decimal)NextGaussian()), _price / 100m);
            points.Add(new PricePoint(_last, _price));
        }

        return points;
    }

    private double NextGaussian()
    {
        var u1 = 1.0 - _random.NextDouble();
        var u2 = _random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
