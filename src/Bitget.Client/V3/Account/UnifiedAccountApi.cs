using Bitget.Client.Http;
using Bitget.Client.Json;
using Bitget.Client.Trading;

namespace Bitget.Client.V3.Account;

/// <summary>v3 unified account: balances, key info, settings, leverage.</summary>
internal sealed class UnifiedAccountApi
{
    private readonly BitgetTransport _transport;

    internal UnifiedAccountApi(BitgetTransport transport) => _transport = transport;

    /// <summary>Equity and non-zero coins. GET /api/v3/account/assets</summary>
    public Task<UnifiedAccountAssets> GetAssetsAsync(CancellationToken cancellationToken = default) =>
        _transport.GetAsync(UnifiedEndpoints.Assets, new QueryParameters(), V3JsonContext.Default.UnifiedAccountAssets, null, cancellationToken);

    /// <summary>The key's user, permissions and IP whitelist. GET /api/v3/account/info</summary>
    public Task<UnifiedAccountInfo> GetInfoAsync(CancellationToken cancellationToken = default) =>
        _transport.GetAsync(UnifiedEndpoints.Info, new QueryParameters(), V3JsonContext.Default.UnifiedAccountInfo, null, cancellationToken);

    /// <summary>Hold mode, account level and per-symbol leverage. GET /api/v3/account/settings</summary>
    public Task<UnifiedAccountSettings> GetSettingsAsync(CancellationToken cancellationToken = default) =>
        _transport.GetAsync(UnifiedEndpoints.Settings, new QueryParameters(), V3JsonContext.Default.UnifiedAccountSettings, null, cancellationToken);

    /// <summary>Sets a symbol's leverage; <paramref name="side"/> only for isolated margin. POST /api/v3/account/set-leverage</summary>
    public Task SetLeverageAsync(string symbol, decimal leverage, Category category = Category.UsdtFutures, PositionSide? side = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(leverage);
        var body = new UnifiedBodies.SetLeverage(WireNames.Of(category), symbol, WireFormat.Decimal(leverage), side is { } s ? ExchangeWire.Of(s) : null);
        return _transport.PostAsync(UnifiedEndpoints.SetLeverage, body, V3JsonContext.Default.SetLeverage, V3JsonContext.Default.String, null, cancellationToken);
    }
}
