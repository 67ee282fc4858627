using Bitget.Client.Trading;
using Sentinel.Core.Alerts;
using Sentinel.Core.Ticks;

namespace Sentinel.Core.Tests.Alerts;

internal static class AlertTestData
{
    public static readonly DateTimeOffset T0 = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    public static AlertRuleDocument Rule(
        string type,
        decimal? threshold = null,
        decimal? clear = null,
        string? direction = null,
        int? windowMinutes = null,
        int? forCount = null,
        int? renotifyMinutes = null,
        IReadOnlyList<string>? symbols = null,
        string id = "r1",
        string? message = null) => new()
        {
            Id = id,
            Type = type,
            Threshold = threshold,
            Clear = clear,
            Direction = direction,
            WindowMinutes = windowMinutes,
            For = forCount,
            RenotifyMinutes = renotifyMinutes,
            Symbols = symbols,
            Severity = "warning",
            Channels = ["teams"],
            Message = message,
        };

    public static ExchangeTicker Ticker(string symbol, decimal last, decimal? funding = null) =>
        new(symbol, last, last, last, last, last, funding, null, null, T0);

    public static ExchangePosition Position(
        string symbol = "BTCUSDT",
        PositionSide side = PositionSide.Long,
        decimal size = 1m,
        decimal mark = 100m,
        decimal? liquidation = null,
        decimal unrealizedPnl = 0m,
        decimal margin = 10m,
        decimal leverage = 10m) =>
        new(symbol, "USDT", side, PositionMode.OneWay, MarginMode.Crossed, size, size, 100m, mark, liquidation, unrealizedPnl, margin, leverage, null, null, T0);

    public static ExchangeSnapshot Snapshot(
        DateTimeOffset at,
        IReadOnlyList<ExchangeTicker>? tickers = null,
        IReadOnlyList<ExchangePosition>? positions = null,
        decimal equity = 1000m,
        decimal? marginRatio = null) =>
        new(at, tickers ?? [], positions ?? [], new ExchangeAccount("USDT", equity, equity, 0m, marginRatio));

    public static TickStatus Healthy(DateTimeOffset at) =>
        TickStatus.None with { LastAttemptAt = at, LastOutcome = TickOutcome.Succeeded, LastSuccessAt = at };

    public static TickStatus Failed(this TickStatus status, TickFailureKind kind, DateTimeOffset at) =>
        status.RecordFailure(at, TimeSpan.Zero, new TickFailure(kind, kind.ToString()));
}
