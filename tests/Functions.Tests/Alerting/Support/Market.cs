using Bitget.Client.Trading;
using Functions.Tests.Monitoring.Support;
using Functions.Tests.Support;

namespace Functions.Tests.Alerting.Support;

/// <summary>Snapshots for alert tests: one BTCUSDT ticker at a chosen price, one long position, a chosen equity.</summary>
internal static class Market
{
    public const string Symbol = "BTCUSDT";

    public static ExchangeSnapshot At(DateTimeOffset readAt, decimal price, decimal equity = 10_000m) => new(
        readAt,
        [MarketData.Ticker(Symbol, price, readAt)],
        [MarketData.Position(Symbol, PositionSide.Long, price, readAt)],
        new ExchangeAccount("USDT", equity, 7_500m, 0m, 0.01m));

    /// <summary>Makes every following read return <paramref name="price"/> at the clock's current time.</summary>
    public static void Price(this SentinelTestApp app, decimal price, decimal equity = 10_000m) =>
        app.Port.Next = () => At(app.Clock.GetUtcNow(), price, equity);
}
