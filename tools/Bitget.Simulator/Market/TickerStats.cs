namespace Bitget.Simulator.Market;

/// <summary>A symbol's prices now and over the last 24 hours; best bid is the last price, best ask one tick above.</summary>
public sealed record TickerStats(
    string Symbol,
    decimal Last,
    decimal Mark,
    decimal Bid,
    decimal Ask,
    decimal Open24h,
    decimal High24h,
    decimal Low24h,
    decimal OpenInterest,
    DateTimeOffset Time)
{
    public decimal Change24h => Open24h == 0 ? 0 : Math.Round((Last - Open24h) / Open24h, 6);
}
