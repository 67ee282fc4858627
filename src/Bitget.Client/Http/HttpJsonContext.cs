using System.Text.Json.Serialization;
using Bitget.Client.Json;

namespace Bitget.Client.Http;

/// <summary>Source-generated JSON metadata for what the transport reads itself (the server time it keeps its clock by).</summary>
[JsonSourceGenerationOptions(
    PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
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
[JsonSerializable(typeof(ServerTime))]
internal sealed partial class HttpJsonContext : JsonSerializerContext;
