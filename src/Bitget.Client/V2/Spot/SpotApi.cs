using Bitget.Client.Http;
using Bitget.Client.Json;
using Bitget.Client.V2.Market;

namespace Bitget.Client.V2.Spot;

/// <summary>v2 public spot market data.</summary>
internal sealed class SpotApi
{
    private readonly BitgetTransport _transport;

    internal SpotApi(BitgetTransport transport) => _transport = transport;

    /// <summary>Spot tickers; every symbol in one call when <paramref name="symbol"/> is null. GET /api/v2/spot/market/tickers</summary>
    public Task<IReadOnlyList<SpotTicker>> GetTickersAsync(string? symbol = null, CancellationToken cancellationToken = default) =>
        _transport.GetAsync(MarketEndpoints.SpotTickers, new QueryParameters().Add("symbol", symbol), V2JsonContext.Default.IReadOnlyListSpotTicker, null, cancellationToken);
}
