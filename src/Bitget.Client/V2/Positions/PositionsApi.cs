using Bitget.Client.Http;
using Bitget.Client.Json;

namespace Bitget.Client.V2.Positions;

/// <summary>v2 mix positions.</summary>
internal sealed class PositionsApi
{
    private readonly BitgetTransport _transport;

    internal PositionsApi(BitgetTransport transport) => _transport = transport;

    /// <summary>Every open position of a product type (empty when flat). GET /api/v2/mix/position/all-position</summary>
    public async Task<IReadOnlyList<FuturesPosition>> GetAllAsync(ProductType productType = ProductType.UsdtFutures, string? marginCoin = null, CancellationToken cancellationToken = default) =>
        await _transport.GetAsync(PositionEndpoints.AllPositions, new QueryParameters().Add("productType", productType.ToWire()).Add("marginCoin", marginCoin), V2JsonContext.Default.IReadOnlyListFuturesPosition, productType, cancellationToken).ConfigureAwait(false) ?? [];

    /// <summary>The position(s) of one symbol, one entry per side in hedge mode. GET /api/v2/mix/position/single-position</summary>
    public async Task<IReadOnlyList<FuturesPosition>> GetAsync(string symbol, string marginCoin, ProductType productType = ProductType.UsdtFutures, CancellationToken cancellationToken = default) =>
        await _transport.GetAsync(PositionEndpoints.SinglePosition, new QueryParameters().Add("symbol", symbol).Add("productType", productType.ToWire()).Add("marginCoin", marginCoin), V2JsonContext.Default.IReadOnlyListFuturesPosition, productType, cancellationToken).ConfigureAwait(false) ?? [];

    /// <summary>Closed positions of the last three months. GET /api/v2/mix/position/history-position</summary>
    public Task<HistoryPositionPage> GetHistoryAsync(ProductType productType = ProductType.UsdtFutures, string? symbol = null, string? idLessThan = null, int? limit = null, CancellationToken cancellationToken = default) =>
        _transport.GetAsync(PositionEndpoints.HistoryPositions, new QueryParameters().Add("productType", productType.ToWire()).Add("symbol", symbol).Add("idLessThan", idLessThan).Add("limit", limit), V2JsonContext.Default.HistoryPositionPage, productType, cancellationToken);
}
