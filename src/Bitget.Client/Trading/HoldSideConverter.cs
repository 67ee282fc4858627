using Bitget.Client.Json;
using Bitget.Client.Trading;

namespace Bitget.Client.Trading;

/// <summary>Reads <c>holdSide</c>/<c>posSide</c>: <c>long</c> / <c>short</c>; one-way <c>net</c> reads as null.</summary>
internal sealed class HoldSideConverter() : NullableEnumMapConverter<PositionSide>(
[
    new("long", PositionSide.Long),
    new("short", PositionSide.Short),
]);
