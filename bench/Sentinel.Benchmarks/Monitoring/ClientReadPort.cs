using Bitget.Client;
using Bitget.Client.Exchange;
using Bitget.Client.Positions;

namespace Sentinel.Benchmarks.Monitoring;

/// <summary>
/// Bench-only stand-in for the classic (v2) adapter, which has not landed yet: the tick's three reads through the
/// real <see cref="BitgetClient"/> (tickers, all positions, accounts), mapped to the port's records. Order methods
/// are not part of a tick and refuse to run. Replace with the real adapter when it exists.
/// </summary>
internal sealed class ClientReadPort(BitgetClient client, TimeProvider timeProvider) : IExchangePort
{
    public AccountKind AccountKind => AccountKind.Classic;

    public async Task<ExchangeSnapshot> GetSnapshotAsync(CancellationToken cancellationToken = default)
    {
        var tickers = client.Market.GetTickersAsync(cancellationToken: cancellationToken);
        var positions = client.Positions.GetAllAsync(cancellationToken: cancellationToken);
        var accounts = client.Account.GetAccountsAsync(cancellationToken: cancellationToken);
        await Task.WhenAll(tickers, positions, accounts).ConfigureAwait(false);
        var account = (await accounts.ConfigureAwait(false)).First(a => a.MarginCoin == "USDT");
        return new ExchangeSnapshot(
            timeProvider.GetUtcNow(),
            (await tickers.ConfigureAwait(false)).Select(t => new ExchangeTicker(
                t.Symbol, t.LastPrice ?? 0m, t.MarkPrice, t.IndexPrice, t.BidPrice, t.AskPrice, t.FundingRate, t.HoldingAmount, t.Change24h, t.Timestamp)).ToList(),
            (await positions.ConfigureAwait(false)).Select(Map).ToList(),
            new ExchangeAccount(account.MarginCoin, account.AccountEquity ?? 0m, account.Available ?? 0m, account.UnrealizedPnl ?? 0m, account.CrossedRiskRate));
    }

    public Task<IReadOnlyList<ExchangePosition>> GetPositionsAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyDictionary<string, ContractSpec>> GetContractSpecsAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<ExchangeOrder> PlaceReduceOnlyOrderAsync(ReduceOrderRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<ExchangeOrder>> ClosePositionAsync(string symbol, PositionSide side, PositionMode mode, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<string> SetPositionStopLossAsync(StopLossRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<int> CancelOpenOrdersAsync(string symbol, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<ExchangeOrder?> FindOrderByClientOidAsync(string symbol, string clientOid, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    private static ExchangePosition Map(FuturesPosition p) => new(
        p.Symbol, p.MarginCoin ?? "USDT", p.HoldSide ?? PositionSide.Long, p.PositionMode ?? PositionMode.OneWay, p.MarginMode ?? MarginMode.Crossed,
        p.Total, p.Available ?? p.Total, p.OpenPriceAvg ?? 0m, p.MarkPrice ?? 0m, p.LiquidationPrice, p.UnrealizedPnl ?? 0m, p.MarginSize ?? 0m,
        p.Leverage ?? 0m, p.KeepMarginRate, p.CreatedAt, p.UpdatedAt ?? default);
}
