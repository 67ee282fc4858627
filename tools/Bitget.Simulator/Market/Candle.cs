namespace Bitget.Simulator.Market;

/// <summary>One OHLC candle built from the simulator's price history.</summary>
public sealed record Candle(DateTimeOffset Start, decimal Open, decimal High, decimal Low, decimal Close);
