using System.Text.Json.Serialization;
using Bitget.Client.Json;
using Bitget.Client.Trading;
using Bitget.Client.V2.Market;

namespace Bitget.Client.V2.Streams;

/// <summary>Source-generated JSON metadata for every v2 channel's <c>data</c> rows, with the same lenient converters as REST.</summary>
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
internal sealed partial class ClassicStreamJsonContext : JsonSerializerContext;
