using Bitget.Client.Trading;

namespace Sentinel.Core.Alerts;

/// <summary>One position change found by diffing the previous snapshot's positions with the current ones.</summary>
/// <param name="Kind">What changed.</param>
/// <param name="SymbolId">Interned symbol.</param>
/// <param name="Side">The side that opened or closed; for a flip, the new side.</param>
/// <param name="Position">The current position (opened, flipped) or the last one seen (closed).</param>
internal readonly record struct PositionEvent(PositionEventKind Kind, int SymbolId, PositionSide Side, ExchangePosition Position);
