namespace Bitget.Client.Trading;

/// <summary>The futures account's money, in one account-kind-neutral shape.</summary>
/// <param name="MarginCoin">Coin the figures are in (USDT for USDT-M; USD value for unified accounts).</param>
/// <param name="Equity">Equity including unrealized PnL.</param>
/// <param name="Available">Balance free for new positions.</param>
/// <param name="UnrealizedPnl">Sum of unrealized PnL.</param>
/// <param name="MarginRatio">Maintenance margin over equity (1 = liquidation), when sent.</param>
public sealed record ExchangeAccount(
    string MarginCoin,
    decimal Equity,
    decimal Available,
    decimal UnrealizedPnl,
    decimal? MarginRatio);
