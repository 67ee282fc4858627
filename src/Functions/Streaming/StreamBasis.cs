using Bitget.Client.Trading;
using Sentinel.Core.Ticks;

namespace Sentinel.Functions.Streaming;

/// <summary>What the polling tick last stored, which every streamed update is laid over: the snapshot, its price history and the tick's status.</summary>
/// <param name="Snapshot">Tickers, positions and account as stored.</param>
/// <param name="History">Every symbol's stored price series.</param>
/// <param name="Status">The stored tick status; its <see cref="TickStatus.LastSuccessAt"/> tells when a newer snapshot was stored.</param>
internal sealed record StreamBasis(ExchangeSnapshot Snapshot, IReadOnlyDictionary<string, PriceSeries> History, TickStatus Status);
