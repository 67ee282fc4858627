using System.Text.Json.Serialization;
using Bitget.Client.Json;
using Bitget.Client.Trading;
using Bitget.Client.V2.Market;
using Bitget.Client.V2.Streams;
using Bitget.Client.V3.Streams;

namespace Bitget.Client.Streams;

/// <summary>Source-generated JSON metadata for every channel's <c>data</c> rows, with the same lenient converters as REST.</summary>
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
[JsonSerializable(typeof(IReadOnlyList<FuturesTicker>))]
[JsonSerializable(typeof(IReadOnlyList<Candle>))]
[JsonSerializable(typeof(IReadOnlyList<RecentTrade>))]
[JsonSerializable(typeof(IReadOnlyList<ClassicStreamBook>))]
[JsonSerializable(typeof(IReadOnlyList<ClassicStreamPosition>))]
[JsonSerializable(typeof(IReadOnlyList<ClassicStreamOrder>))]
[JsonSerializable(typeof(IReadOnlyList<ClassicStreamAccount>))]
[JsonSerializable(typeof(IReadOnlyList<UnifiedStreamTicker>))]
[JsonSerializable(typeof(IReadOnlyList<UnifiedStreamCandle>))]
[JsonSerializable(typeof(IReadOnlyList<UnifiedStreamTrade>))]
[JsonSerializable(typeof(IReadOnlyList<UnifiedStreamBook>))]
[JsonSerializable(typeof(IReadOnlyList<UnifiedStreamPosition>))]
[JsonSerializable(typeof(IReadOnlyList<UnifiedStreamOrder>))]
[JsonSerializable(typeof(IReadOnlyList<UnifiedStreamAccount>))]
internal sealed partial class StreamJsonContext : JsonSerializerContext;
