using System.Text.Json.Serialization;
using Bitget.Client.Trading;
using Bitget.Client.V2.Account;
using Bitget.Client.V2.Market;
using Bitget.Client.V2.Orders;
using Bitget.Client.V2.Positions;
using Bitget.Client.V2.Spot;
using Bitget.Client.V3;
using Bitget.Client.V3.Account;
using Bitget.Client.V3.Market;
using Bitget.Client.V3.Orders;
using Bitget.Client.V3.Positions;

namespace Bitget.Client.Json;

/// <summary>Source-generated JSON metadata for every reply and request body, with Bitget's lenient converters.</summary>
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
[JsonSerializable(typeof(string))]
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
internal sealed partial class BitgetJsonContext : JsonSerializerContext;
