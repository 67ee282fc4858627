using System.Text.Json.Serialization;
using Bitget.Client.Json;
using Bitget.Client.Trading;
using Bitget.Client.V2.Account;
using Bitget.Client.V2.Market;
using Bitget.Client.V2.Orders;
using Bitget.Client.V2.Positions;
using Bitget.Client.V2.Spot;

namespace Bitget.Client.V2;

/// <summary>Source-generated JSON metadata for every v2 reply and request body, with Bitget's lenient converters.</summary>
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
[JsonSerializable(typeof(IReadOnlyList<FuturesTicker>))]
[JsonSerializable(typeof(IReadOnlyList<Candle>))]
[JsonSerializable(typeof(OrderBook))]
[JsonSerializable(typeof(IReadOnlyList<RecentTrade>))]
[JsonSerializable(typeof(IReadOnlyList<FuturesContract>))]
[JsonSerializable(typeof(IReadOnlyList<FundingRate>))]
[JsonSerializable(typeof(IReadOnlyList<FundingTime>))]
[JsonSerializable(typeof(OpenInterest))]
[JsonSerializable(typeof(IReadOnlyList<SymbolPrice>))]
[JsonSerializable(typeof(IReadOnlyList<SpotTicker>))]
[JsonSerializable(typeof(FuturesAccount))]
[JsonSerializable(typeof(IReadOnlyList<FuturesAccount>))]
[JsonSerializable(typeof(LeverageSettings))]
[JsonSerializable(typeof(PositionModeSetting))]
[JsonSerializable(typeof(IReadOnlyList<FuturesPosition>))]
[JsonSerializable(typeof(HistoryPositionPage))]
[JsonSerializable(typeof(OrderAck))]
[JsonSerializable(typeof(FuturesOrder))]
[JsonSerializable(typeof(OrderPage))]
[JsonSerializable(typeof(FillPage))]
[JsonSerializable(typeof(BatchResult))]
[JsonSerializable(typeof(PlanOrderPage))]
[JsonSerializable(typeof(IReadOnlyList<PositionTpslAck>))]
[JsonSerializable(typeof(PlaceOrderBody))]
[JsonSerializable(typeof(BatchPlaceBody))]
[JsonSerializable(typeof(ModifyOrderBody))]
[JsonSerializable(typeof(CancelOrderBody))]
[JsonSerializable(typeof(BatchCancelBody))]
[JsonSerializable(typeof(CancelPlanBody))]
[JsonSerializable(typeof(CancelAllBody))]
[JsonSerializable(typeof(ClosePositionsBody))]
[JsonSerializable(typeof(TpslOrderBody))]
[JsonSerializable(typeof(PositionTpslBody))]
[JsonSerializable(typeof(SetLeverageBody))]
[JsonSerializable(typeof(SetMarginModeBody))]
[JsonSerializable(typeof(SetPositionModeBody))]
internal sealed partial class V2JsonContext : JsonSerializerContext;
