using Bitget.Client.Trading;

namespace Sentinel.Functions.Monitoring.Http;

/// <summary>A ticker as the HTTP API shows it.</summary>
internal sealed record TickerView(
    string Symbol, decimal LastPrice, decimal? MarkPrice, decimal? IndexPrice, decimal? BidPrice, decimal? AskPrice,
    decimal? FundingRate, decimal? OpenInterest, decimal? Change24h, DateTimeOffset ExchangeTime)
{
    public static TickerView From(ExchangeTicker t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return new(t.Symbol, t.LastPrice, t.MarkPrice, t.IndexPrice, t.BidPrice, t.AskPrice, t.FundingRate, t.OpenInterest, t.Change24h, t.Timestamp);
    }
}
