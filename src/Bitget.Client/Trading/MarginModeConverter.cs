using Bitget.Client.Json;
using Bitget.Client.Trading;

namespace Bitget.Client.Trading;

/// <summary>Reads <c>marginMode</c>: <c>crossed</c> (doc examples also say <c>cross</c>) / <c>isolated</c>.</summary>
internal sealed class MarginModeConverter() : NullableEnumMapConverter<MarginMode>(
[
    new("crossed", MarginMode.Crossed),
    new("cross", MarginMode.Crossed),
    new("isolated", MarginMode.Isolated),
]);
