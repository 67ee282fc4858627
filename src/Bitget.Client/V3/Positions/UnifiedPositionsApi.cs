using Bitget.Client.Http;
using Bitget.Client.Json;
using Bitget.Client.Trading;

namespace Bitget.Client.V3.Positions;

/// <summary>v3 positions.</summary>
internal sealed class UnifiedPositionsApi
{
    private readonly BitgetTransport _transport;

    internal UnifiedPositionsApi(BitgetTransport transport) => _transport = transport;

    /// <summary>
    /// Open positions of a futures category (empty when flat; <c>list: null</c> reads as empty, and an empty HTTP 200
    /// body is retried, never taken as "no positions"). GET /api/v3/position/current-position
    /// </summary>
    public async Task<IReadOnlyList<UnifiedPosition>> GetCurrentAsync(Category category = Category.UsdtFutures, string? symbol = null, PositionSide? side = null, CancellationToken cancellationToken = default)
    {
        var query = new QueryParameters().Add("category", WireNames.Of(category)).Add("symbol", symbol).Add("posSide", side is { } s ? ExchangeWire.Of(s) : null);
        var page = await _transport.GetAsync(UnifiedEndpoints.CurrentPosition, query, V3JsonContext.Default.UnifiedPageUnifiedPosition, null, cancellationToken).ConfigureAwait(false);
        return page?.Items ?? [];
    }
}
