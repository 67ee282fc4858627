using Bitget.Client.Trading;

namespace Sentinel.Functions.Streaming;

/// <summary>
/// The snapshot an update is evaluated on: the last snapshot the polling tick stored (the source of truth for
/// positions, account and every other ticker) with the streamed tickers laid over it, and each position of a streamed
/// symbol marked to the streamed mark price (last price when no mark was pushed): its unrealized PnL follows, and the
/// account's equity moves by the same difference. Pure: no clock, no I/O.
/// </summary>
internal static class StreamedSnapshot
{
    public static ExchangeSnapshot Overlay(ExchangeSnapshot stored, IReadOnlyDictionary<string, ExchangeTicker> streamed, DateTimeOffset at)
    {
        var tickers = stored.Tickers.Where(t => !streamed.ContainsKey(t.Symbol)).Concat(streamed.Values).OrderBy(t => t.Symbol, StringComparer.Ordinal).ToList();
        var positions = stored.Positions.Select(p => streamed.TryGetValue(p.Symbol, out var ticker) ? Mark(p, ticker.MarkPrice ?? ticker.LastPrice) : p).ToList();
        var pnlChange = positions.Sum(p => p.UnrealizedPnl) - stored.Positions.Sum(p => p.UnrealizedPnl);
        var account = stored.Account with
        {
            Equity = stored.Account.Equity + pnlChange,
            UnrealizedPnl = stored.Account.UnrealizedPnl + pnlChange,
        };
        return new ExchangeSnapshot(at, tickers, positions, account);
    }

    private static ExchangePosition Mark(ExchangePosition position, decimal mark)
    {
        var direction = position.Side == PositionSide.Long ? 1m : -1m;
        return position with { MarkPrice = mark, UnrealizedPnl = (mark - position.EntryPrice) * position.Size * direction };
    }
}
