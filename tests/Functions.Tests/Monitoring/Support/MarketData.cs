using Bitget.Client.Trading;

namespace Functions.Tests.Monitoring.Support;

/// <summary>Deterministic exchange data: symbols SYM000USDT…, prices that depend on the symbol and a step.</summary>
internal static class MarketData
{
    public static ExchangeSnapshot Snapshot(DateTimeOffset readAt, int symbols, int positions, int step = 0) => new(
        readAt,
        Enumerable.Range(0, symbols).Select(i => Ticker(Symbol(i), Price(i, step), readAt)).ToList(),
        Enumerable.Range(0, positions).Select(i => Position(Symbol(i), i % 2 == 0 ? PositionSide.Long : PositionSide.Short, Price(i, step), readAt)).ToList(),
        new ExchangeAccount("USDT", 10_000.12345678m + step, 7_500.5m, -12.34m, 0.0123m));

    public static string Symbol(int i) => $"SYM{i:000}USDT";

    public static decimal Price(int i, int step) => 100.123456789m + i + step * 0.01m;

    public static ExchangeTicker Ticker(string symbol, decimal price, DateTimeOffset at) =>
        new(symbol, price, price + 0.01m, price - 0.02m, price - 0.005m, price + 0.005m, 0.0001m, 12345.678m, -0.0123m, at);

    public static ExchangePosition Position(string symbol, PositionSide side, decimal mark, DateTimeOffset at) =>
        new(symbol, "USDT", side, PositionMode.Hedge, MarginMode.Crossed, 0.5m, 0.5m, mark - 1m, mark, null, 0.5m, 25.000001m, 10m, 0.004m, at.AddHours(-1), at);
}
