using System.Runtime.CompilerServices;

namespace Bitget.Client.Json;

/// <summary>Stack storage for a ticker's decimal fields while a hand-written converter reads it (no array per ticker).</summary>
[InlineArray(18)]
internal struct TickerDecimals
{
    private decimal? _first;
}
