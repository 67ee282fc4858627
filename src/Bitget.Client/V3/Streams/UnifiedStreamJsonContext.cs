using System.Text.Json.Serialization;
using Bitget.Client.Json;

namespace Bitget.Client.V3.Streams;

/// <summary>Source-generated JSON metadata for every v3 channel's <c>data</c> rows, with the same lenient converters as REST.</summary>
[JsonSourceGenerationOptions(
    PropertyNameCaseInsensitive = false,
    Converters =
    [
        typeof(LenientDecimalConverter),
        typeof(NullableLenientDecimalConverter),
        typeof(UnixMillisecondsConverter),
        typeof(NullableUnixMillisecondsConverter),
        typeof(LenientStringConverter),
        typeof(LenientInt32Converter),
        typeof(NullableLenientInt32Converter),
    ])]
[JsonSerializable(typeof(IReadOnlyList<UnifiedStreamTicker>))]
[JsonSerializable(typeof(IReadOnlyList<UnifiedStreamCandle>))]
[JsonSerializable(typeof(IReadOnlyList<UnifiedStreamTrade>))]
[JsonSerializable(typeof(IReadOnlyList<UnifiedStreamBook>))]
[JsonSerializable(typeof(IReadOnlyList<UnifiedStreamPosition>))]
[JsonSerializable(typeof(IReadOnlyList<UnifiedStreamOrder>))]
[JsonSerializable(typeof(IReadOnlyList<UnifiedStreamAccount>))]
internal sealed partial class UnifiedStreamJsonContext : JsonSerializerContext;
