namespace Bitget.Client.Trading;

/// <summary>Market data of one contract at one instant, the same for both account kinds.</summary>
/// <param name="Symbol">Contract symbol, e.g. <c>BTCUSDT</c>.</param>
/// <param name="LastPrice">Last traded price.</param>
/// <param name="MarkPrice">Mark price (drives PnL and liquidation), when the exchange sent one.</param>
/// <param name="IndexPrice">Index price, when sent.</param>
/// <param name="BidPrice">Best bid, when sent.</param>
/// <param name="AskPrice">Best ask, when sent.</param>
/// <param name="FundingRate">Current funding rate as a fraction (0.0001 = 0.01 %), when sent.</param>
/// <param name="OpenInterest">Open interest in base coin, when sent.</param>
/// <param name="Change24h">24 h price change as a fraction, when sent.</param>
/// <param name="Timestamp">Exchange time of the data.</param>
public sealed record ExchangeTicker(
    string Symbol,
    decimal LastPrice,
    decimal? MarkPrice,
    decimal? IndexPrice,
    decimal? BidPrice,
    decimal? AskPrice,
    decimal? FundingRate,
    decimal? OpenInterest,
    decimal? Change24h,
    DateTimeOffset Timestamp);
