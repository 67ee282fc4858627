using Bitget.Client.Json;
using Bitget.Client.Trading;

namespace Bitget.Client.Trading;

/// <summary>Reads <c>posMode</c>: <c>one_way_mode</c> / <c>hedge_mode</c>.</summary>
internal sealed class PositionModeConverter() : NullableEnumMapConverter<PositionMode>(
[
    new("one_way_mode", PositionMode.OneWay),
    new("hedge_mode", PositionMode.Hedge),
]);
