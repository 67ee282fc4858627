using System.Collections.Concurrent;
using System.Threading.Channels;
using Bitget.Client;
using Bitget.Client.Exchange;
using Bitget.Client.Streams;
using Bitget.Client.Trading;
using Bitget.Client.V2.Market;
using Bitget.Client.V3;
using Bitget.Client.V3.Streams;

namespace Sentinel.Functions.Streaming;

/// <summary>
/// The ticker channels of one watch on one <see cref="BitgetStreamClient"/> (v2 for classic accounts, v3 for unified):
/// keeps the newest ticker per symbol (latest wins: an evaluation always sees the newest price, never a queue of old
/// ones) and signals that something changed. The stream client's own buffers are bounded, so a slow evaluation never
/// grows memory.
/// </summary>
internal sealed class TickerFeed(BitgetStreamClient streams, AccountKind kind, ProductType productType, StreamState state) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, ExchangeTicker> _latest = new(StringComparer.Ordinal);
    private readonly Channel<bool> _changed = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly List<IAsyncDisposable> _subscriptions = [];
    private readonly List<Task> _pumps = [];
    private readonly HashSet<string> _symbols = new(StringComparer.Ordinal);

    /// <summary>Completes when an update arrived since the last <see cref="TakeLatest"/>.</summary>
    public ValueTask<bool> WaitForChangeAsync(CancellationToken cancellationToken) => _changed.Reader.WaitToReadAsync(cancellationToken);

    /// <summary>The newest ticker of every streamed symbol, clearing the change signal.</summary>
    public IReadOnlyDictionary<string, ExchangeTicker> TakeLatest()
    {
        _changed.Reader.TryRead(out _);
        return new Dictionary<string, ExchangeTicker>(_latest, StringComparer.Ordinal);
    }

    /// <summary>Marks the feed changed again (an evaluation that could not run yet).</summary>
    public void Retry() => _changed.Writer.TryWrite(true);

    /// <summary>Subscribes the symbols not streamed yet; a failure throws and leaves the ones already open.</summary>
    public async Task AddAsync(IEnumerable<string> symbols, CancellationToken cancellationToken)
    {
        foreach (var symbol in symbols)
        {
            if (!_symbols.Add(symbol))
            {
                continue;
            }

            if (kind == AccountKind.Unified)
            {
                var subscription = await streams.Unified.SubscribeTickerAsync(symbol, CategoryOf(productType), cancellationToken).ConfigureAwait(false);
                _subscriptions.Add(subscription);
                _pumps.Add(PumpAsync(subscription, (t, at) => t.LastPrice is > 0 ? FromUnified(t, at) : null));
            }
            else
            {
                var subscription = await streams.Classic.SubscribeTickerAsync(symbol, productType, cancellationToken).ConfigureAwait(false);
                _subscriptions.Add(subscription);
                _pumps.Add(PumpAsync(subscription, (t, _) => t.LastPrice is > 0 ? FromClassic(t) : null));
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var subscription in _subscriptions)
        {
            await subscription.DisposeAsync().ConfigureAwait(false);
        }

        await Task.WhenAll(_pumps).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private async Task PumpAsync<T>(StreamSubscription<T> subscription, Func<T, DateTimeOffset, ExchangeTicker?> map)
        where T : notnull
    {
        await foreach (var update in subscription.ReadAllAsync().ConfigureAwait(false))
        {
            foreach (var row in update.Items)
            {
                if (map(row, update.Timestamp) is { } ticker)
                {
                    _latest[ticker.Symbol] = ticker;
                }
            }

            state.Received();
            _changed.Writer.TryWrite(true);
        }
    }

    // The same fields the REST adapters take (Bitget.Client's ClassicMapping/UnifiedMapping), from the stream's rows.
    private static ExchangeTicker FromClassic(FuturesTicker t) =>
        new(t.Symbol, t.LastPrice!.Value, t.MarkPrice, t.IndexPrice, t.BidPrice, t.AskPrice, t.FundingRate, t.HoldingAmount, t.Change24h, t.Timestamp);

    private static ExchangeTicker FromUnified(UnifiedStreamTicker t, DateTimeOffset at) =>
        new(t.Symbol, t.LastPrice!.Value, t.MarkPrice, t.IndexPrice, t.BidPrice, t.AskPrice, t.FundingRate, t.OpenInterest, t.Change24h, at);

    private static Category CategoryOf(ProductType productType) => productType switch
    {
        ProductType.CoinFutures or ProductType.SCoinFutures => Category.CoinFutures,
        ProductType.UsdcFutures or ProductType.SUsdcFutures => Category.UsdcFutures,
        _ => Category.UsdtFutures,
    };
}
