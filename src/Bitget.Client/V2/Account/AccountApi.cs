using Bitget.Client.Http;
using Bitget.Client.Json;
using Bitget.Client.Trading;

namespace Bitget.Client.V2.Account;

/// <summary>v2 mix futures accounts: balances, leverage, margin and position mode.</summary>
internal sealed class AccountApi
{
    private readonly BitgetTransport _transport;

    internal AccountApi(BitgetTransport transport) => _transport = transport;

    /// <summary>Every margin-coin account of a product type. GET /api/v2/mix/account/accounts</summary>
    public Task<IReadOnlyList<FuturesAccount>> GetAccountsAsync(ProductType productType = ProductType.UsdtFutures, CancellationToken cancellationToken = default) =>
        _transport.GetAsync(AccountEndpoints.Accounts, new QueryParameters().Add("productType", productType.ToWire()), V2JsonContext.Default.IReadOnlyListFuturesAccount, productType, cancellationToken);

    /// <summary>One account with the symbol's leverage, margin mode and the position mode. GET /api/v2/mix/account/account</summary>
    public Task<FuturesAccount> GetAccountAsync(string symbol, string marginCoin, ProductType productType = ProductType.UsdtFutures, CancellationToken cancellationToken = default) =>
        _transport.GetAsync(AccountEndpoints.Account, new QueryParameters().Add("symbol", symbol).Add("productType", productType.ToWire()).Add("marginCoin", marginCoin), V2JsonContext.Default.FuturesAccount, productType, cancellationToken);

    /// <summary>Sets leverage; <paramref name="side"/> only for isolated margin in hedge mode. POST /api/v2/mix/account/set-leverage</summary>
    public Task<LeverageSettings> SetLeverageAsync(string symbol, string marginCoin, decimal leverage, PositionSide? side = null, ProductType productType = ProductType.UsdtFutures, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(leverage);
        var body = new SetLeverageBody(symbol, productType.ToWire(), marginCoin, WireFormat.Decimal(leverage), side is { } s ? ExchangeWire.Of(s) : null);
        return _transport.PostAsync(AccountEndpoints.SetLeverage, body, V2JsonContext.Default.SetLeverageBody, V2JsonContext.Default.LeverageSettings, productType, cancellationToken);
    }

    /// <summary>Sets the margin mode of a symbol (fails while positions or orders exist). POST /api/v2/mix/account/set-margin-mode</summary>
    public Task<LeverageSettings> SetMarginModeAsync(string symbol, string marginCoin, MarginMode marginMode, ProductType productType = ProductType.UsdtFutures, CancellationToken cancellationToken = default) =>
        _transport.PostAsync(AccountEndpoints.SetMarginMode, new SetMarginModeBody(symbol, productType.ToWire(), marginCoin, ExchangeWire.Of(marginMode)), V2JsonContext.Default.SetMarginModeBody, V2JsonContext.Default.LeverageSettings, productType, cancellationToken);

    /// <summary>Sets one-way or hedge mode (fails while positions or orders exist). POST /api/v2/mix/account/set-position-mode</summary>
    public Task<PositionModeSetting> SetPositionModeAsync(PositionMode mode, ProductType productType = ProductType.UsdtFutures, CancellationToken cancellationToken = default) =>
        _transport.PostAsync(AccountEndpoints.SetPositionMode, new SetPositionModeBody(productType.ToWire(), ExchangeWire.Of(mode)), V2JsonContext.Default.SetPositionModeBody, V2JsonContext.Default.PositionModeSetting, productType, cancellationToken);
}
