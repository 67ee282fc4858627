using System.Net;
using Bitget.Client.Exchange;
using Bitget.Client.Tests.Support;
using Bitget.Client.Trading;

namespace Bitget.Client.Tests.Exchange;

/// <summary>Cancelling a symbol's open orders: an order Bitget refused to cancel is reported, one already gone is not.</summary>
public sealed class CancelOpenOrdersFailureTests
{
    private const string Pending = "/api/v2/mix/order/orders-pending";
    private const string BatchCancel = "/api/v2/mix/order/batch-cancel-orders";
    private const string CancelSymbol = "/api/v3/trade/cancel-symbol-order";

    [Fact]
    public async Task Classic_ARefusedCancel_ThrowsNamingTheOrderAfterCancellingTheRest()
    {
        var handler = ClassicWithThreeOrders(failureCode: "40725");
        using var client = TestClients.Create(handler, configure: o => o.MaxReadRetries = 0);
        using var port = new ClassicExchangePort(client, new ExchangePortOptions());

        var ex = await Assert.ThrowsAsync<CancelOrdersIncompleteException>(() => port.CancelOpenOrdersAsync("BTCUSDT"));

        Assert.Equal(["3"], ex.FailedOrderIds);
        Assert.Equal(2, ex.Cancelled);
        Assert.Single(handler.To(BatchCancel));
    }

    [Fact]
    public async Task Classic_AnOrderAlreadyGone_CountsAsCancelled()
    {
        using var client = TestClients.Create(ClassicWithThreeOrders(failureCode: "40768"));
        using var port = new ClassicExchangePort(client, new ExchangePortOptions());

        Assert.Equal(3, await port.CancelOpenOrdersAsync("BTCUSDT"));
    }

    [Theory]
    [InlineData("25204", null)]
    [InlineData("24056", null)]
    [InlineData("25001", "9")]
    public async Task Unified_PerItemFailures_GoneIsCancelledOtherwiseReported(string code, string? failedId)
    {
        var handler = new FakeBitgetHandler().Always(CancelSymbol, HttpStatusCode.OK, FakeBitgetHandler.Success(
            $$"""{"list":[{"orderId":"8","clientOid":"a","code":"00000"},{"orderId":"9","clientOid":"b","code":"{{code}}","msg":"x"}]}"""));
        using var client = TestClients.Create(handler);
        using var port = new UnifiedExchangePort(client, new ExchangePortOptions());

        if (failedId is null)
        {
            Assert.Equal(2, await port.CancelOpenOrdersAsync("BTCUSDT"));
        }
        else
        {
            var ex = await Assert.ThrowsAsync<CancelOrdersIncompleteException>(() => port.CancelOpenOrdersAsync("BTCUSDT"));
            Assert.Equal([failedId], ex.FailedOrderIds);
            Assert.Equal(1, ex.Cancelled);
        }
    }

    private static FakeBitgetHandler ClassicWithThreeOrders(string failureCode) => new FakeBitgetHandler()
        .Always(Pending, HttpStatusCode.OK, FakeBitgetHandler.Success(
            """{"entrustedList":[{"symbol":"BTCUSDT","orderId":"1","size":"1"},{"symbol":"BTCUSDT","orderId":"2","size":"1"},{"symbol":"BTCUSDT","orderId":"3","size":"1"}],"endId":"3"}"""))
        .Always(BatchCancel, HttpStatusCode.OK, FakeBitgetHandler.Success(
            $$"""{"successList":[{"orderId":"1","clientOid":"a"},{"orderId":"2","clientOid":"b"}],"failureList":[{"orderId":"3","clientOid":"c","errorCode":"{{failureCode}}","errorMsg":"x"}]}"""));
}
