using Bitget.Client.Tests.Support;
using Bitget.Client.Trading;
using Bitget.Client.V3.Orders;

namespace Bitget.Client.Tests.V3.Orders;

/// <summary>
/// v3 place-batch does not support reduce-only (BITGET-UTA-V3.md §2.4), so a "close" in a batch could open or flip a
/// position: the client refuses it before anything is sent.
/// </summary>
public sealed class UnifiedBatchTests
{
    private const string BatchPath = "/api/v3/trade/place-batch";

    public static TheoryData<PositionMode> Modes => new() { PositionMode.OneWay, PositionMode.Hedge };

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task PlaceBatch_WithAClose_RefusedWithATypedReasonAndNothingSent(PositionMode mode)
    {
        var handler = new FakeBitgetHandler().Always(BatchPath, System.Net.HttpStatusCode.OK, FakeBitgetHandler.Success("[]"));
        using var client = TestClients.Create(handler);

        var ex = await Assert.ThrowsAsync<BatchCloseNotSupportedException>(() => client.Unified.Orders.PlaceBatchAsync([Order(mode, OrderAction.Open, "open-1"), Order(mode, OrderAction.Close, "close-1")]));

        Assert.Equal(["close-1"], ex.ClientOids);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task PlaceBatch_OnlyOpens_IsSent()
    {
        var handler = new FakeBitgetHandler().Always(BatchPath, System.Net.HttpStatusCode.OK, FakeBitgetHandler.Success("""[{"orderId":"1","clientOid":"open-1","code":"00000","msg":"success"}]"""));
        using var client = TestClients.Create(handler);

        var items = await client.Unified.Orders.PlaceBatchAsync([Order(PositionMode.OneWay, OrderAction.Open, "open-1")]);

        Assert.Equal("open-1", Assert.Single(items).ClientOid);
        Assert.Single(handler.To(BatchPath));
    }

    private static UnifiedPlaceOrderRequest Order(PositionMode mode, OrderAction action, string clientOid) => new()
    {
        Symbol = "BTCUSDT", HoldMode = mode, PositionSide = PositionSide.Long, Action = action, Quantity = 0.01m, ClientOid = clientOid,
    };
}
