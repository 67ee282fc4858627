using System.Text.Json.Serialization;
using Bitget.Client.Json;
using Bitget.Client.Trading;
using Bitget.Client.V3.Account;
using Bitget.Client.V3.Market;
using Bitget.Client.V3.Orders;
using Bitget.Client.V3.Positions;

namespace Bitget.Client.V3;

/// <summary>Source-generated JSON metadata for every v3 (UTA) reply and request body, with Bitget's lenient converters.</summary>
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
[JsonSerializable(typeof(IReadOnlyList<Candle>))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(OrderAck))]
[JsonSerializable(typeof(IReadOnlyList<UnifiedTicker>))]
[JsonSerializable(typeof(IReadOnlyList<UnifiedInstrument>))]
[JsonSerializable(typeof(UnifiedOrderBook))]
[JsonSerializable(typeof(UnifiedAccountAssets))]
[JsonSerializable(typeof(UnifiedAccountInfo))]
[JsonSerializable(typeof(UnifiedAccountSettings))]
[JsonSerializable(typeof(UnifiedPage<UnifiedPosition>))]
[JsonSerializable(typeof(UnifiedPage<UnifiedOrder>))]
[JsonSerializable(typeof(UnifiedPage<UnifiedFill>))]
[JsonSerializable(typeof(UnifiedPage<UnifiedItemResult>))]
[JsonSerializable(typeof(UnifiedOrder))]
[JsonSerializable(typeof(IReadOnlyList<UnifiedItemResult>))]
[JsonSerializable(typeof(IReadOnlyList<UnifiedStrategyOrder>))]
[JsonSerializable(typeof(UnifiedPlaceOrderBody))]
[JsonSerializable(typeof(IReadOnlyList<UnifiedPlaceOrderBody>))]
[JsonSerializable(typeof(UnifiedBodies.OrderRef))]
[JsonSerializable(typeof(UnifiedBodies.SymbolScope))]
[JsonSerializable(typeof(UnifiedBodies.SetLeverage))]
[JsonSerializable(typeof(UnifiedBodies.StrategyTpsl))]
[JsonSerializable(typeof(UnifiedBodies.ModifyStrategyTpsl))]
internal sealed partial class V3JsonContext : JsonSerializerContext;
