using System.Net;
using System.Net.Sockets;
using Bitget.Client.Errors;
using Bitget.Client.Tests.Support;
using Bitget.Client.Trading;
using Bitget.Client.V2.Orders;
using Microsoft.Extensions.Time.Testing;
using Sentinel.TestSupport;

namespace Bitget.Client.Tests.V2.Orders;

/// <summary>
/// Placing an order after a lost reply: the client looks the order up by clientOid (a few times, spread out) and never
/// posts it twice; only a failure proving Bitget never processed the request (no connection) is resent, once, with the
/// same clientOid.
/// </summary>
public sealed class OrderPlacementTests
{
    private const string PlacePath = "/api/v2/mix/order/place-order";
    private const string DetailPath = "/api/v2/mix/order/detail";
    private const string Oid = "sentinel-oid-1";
    private static readonly string Found = FakeBitgetHandler.Success($$"""{"symbol":"BTCUSDT","orderId":"777","clientOid":"{{Oid}}","size":"0.5","state":"filled"}""");
    private static readonly string NotFound = FakeBitgetHandler.Error("40768", "Order does not exist");

    private const string AccountPath = "/api/v2/mix/account/account";

    private static PlaceOrderRequest CloseLong(string? clientOid = null) => new()
    {
        Symbol = "BTCUSDT", MarginCoin = "USDT", PositionMode = PositionMode.Hedge, PositionSide = PositionSide.Long, Action = OrderAction.Close, Size = 0.5m, ClientOid = clientOid,
    };

    public static TheoryData<string> LostReplies => ["timeout", "connection", "http502", "code40725"];

    [Theory]
    [MemberData(nameof(LostReplies))]
    public async Task ReplyLost_OrderExists_ReturnsItWithoutResending(string failure)
    {
        var time = new FakeTimeProvider();
        var handler = HedgeAccount();
        ScriptFailure(handler, failure, time);
        handler.Always(DetailPath, HttpStatusCode.OK, Found);
        using var client = TestClients.Create(handler, time, o => o.AttemptTimeout = TimeSpan.FromSeconds(5));

        var ack = await time.RunAsync(client.Orders.PlaceAsync(CloseLong()));

        Assert.Equal("777", ack.OrderId);
        Assert.Equal(SentOid(handler), ack.ClientOid);
        Assert.Single(handler.To(PlacePath));
        var lookup = Assert.Single(handler.To(DetailPath));
        Assert.Contains($"clientOid={SentOid(handler)}", lookup.Uri.Query, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(LostReplies))]
    public async Task ReplyLost_NeverFound_OutcomeUnknownWithExactlyOnePost(string failure)
    {
        var time = new FakeTimeProvider();
        var handler = HedgeAccount();
        ScriptFailure(handler, failure, time);
        handler.Always(PlacePath, HttpStatusCode.OK, FakeBitgetHandler.Success($$"""{"orderId":"888","clientOid":"{{Oid}}"}"""));
        handler.Always(DetailPath, HttpStatusCode.BadRequest, NotFound);
        using var client = TestClients.Create(handler, time, o => o.AttemptTimeout = TimeSpan.FromSeconds(5));

        var ex = await Assert.ThrowsAsync<OrderOutcomeUnknownException>(() => time.RunAsync(client.Orders.PlaceAsync(CloseLong())));

        Assert.Equal(SentOid(handler), ex.ClientOid);
        Assert.Contains("may or may not exist", ex.Message, StringComparison.Ordinal);
        Assert.Single(handler.To(PlacePath));
        Assert.Equal(3, handler.To(DetailPath).Count);
    }

    [Fact]
    public async Task ReplyLost_FoundOnTheSecondPoll_ReturnedWithoutResend()
    {
        var time = new FakeTimeProvider();
        var handler = HedgeAccount()
            .OnceThrow(PlacePath, new HttpRequestException("connection reset"))
            .Once(DetailPath, HttpStatusCode.BadRequest, NotFound)
            .Always(DetailPath, HttpStatusCode.OK, Found);
        using var client = TestClients.Create(handler, time);
        var started = time.GetUtcNow();

        var ack = await time.RunAsync(client.Orders.PlaceAsync(CloseLong()));

        Assert.Equal("777", ack.OrderId);
        Assert.Single(handler.To(PlacePath));
        var lookups = handler.To(DetailPath);
        Assert.Equal(2, lookups.Count);
        Assert.True(time.GetUtcNow() - started >= TimeSpan.FromSeconds(8), "the second lookup waits for the in-flight request");
    }

    [Fact]
    public async Task DuplicateAnswer_LooksUpUntilFoundAndNeverResends()
    {
        var time = new FakeTimeProvider();
        var handler = HedgeAccount()
            .Always(PlacePath, HttpStatusCode.BadRequest, FakeBitgetHandler.Error("40786", "Duplicate clientOid"))
            .Once(DetailPath, HttpStatusCode.BadRequest, NotFound)
            .Always(DetailPath, HttpStatusCode.OK, Found);
        using var client = TestClients.Create(handler, time);

        var ack = await time.RunAsync(client.Orders.PlaceAsync(CloseLong()));

        Assert.Equal("777", ack.OrderId);
        Assert.Single(handler.To(PlacePath));
        Assert.Equal(2, handler.To(DetailPath).Count);
    }

    [Fact]
    public async Task ConnectionRefused_ResentOnceWithSameClientOidAndNoLookup()
    {
        var refused = new HttpRequestException(HttpRequestError.ConnectionError, "connection refused", new SocketException((int)SocketError.ConnectionRefused));
        var handler = HedgeAccount()
            .OnceThrow(PlacePath, refused)
            .Always(PlacePath, HttpStatusCode.OK, FakeBitgetHandler.Success($$"""{"orderId":"888","clientOid":"{{Oid}}"}"""));
        using var client = TestClients.Create(handler);

        var ack = await client.Orders.PlaceAsync(CloseLong());

        Assert.Equal("888", ack.OrderId);
        var posts = handler.To(PlacePath);
        Assert.Equal(2, posts.Count);
        Assert.Equal(posts[0].Body, posts[1].Body);
        Assert.Empty(handler.To(DetailPath));
    }

    [Fact]
    public async Task RealRefusedConnection_ProvesNothingWasProcessedAndIsNotAnUnknownOutcome()
    {
        var options = new BitgetClientOptions { BaseAddress = new Uri($"http://127.0.0.1:{FreePort.Next()}"), SynchronizeClock = false, RateLimiting = false };
        using var client = new BitgetClient(options, new Credentials.StaticCredentialsProvider(TestClients.Credentials), random: new Random(1));

        var ex = await Assert.ThrowsAsync<BitgetApiException>(() => client.Orders.PlaceAsync(CloseLong() with { Action = OrderAction.Open }));

        Assert.IsNotType<OrderOutcomeUnknownException>(ex);
        Assert.Equal(BitgetErrorKind.Network, ex.Kind);
        Assert.True(ex.ProvesNotProcessed);
    }

    [Fact]
    public async Task LookupFails_OutcomeUnknownAndNoResend()
    {
        var time = new FakeTimeProvider();
        var handler = HedgeAccount()
            .OnceThrow(PlacePath, new HttpRequestException("connection reset"))
            .Always(DetailPath, HttpStatusCode.BadRequest, FakeBitgetHandler.Error("40009", "sign signature error"));
        using var client = TestClients.Create(handler, time);

        var ex = await Assert.ThrowsAsync<OrderOutcomeUnknownException>(() => time.RunAsync(client.Orders.PlaceAsync(CloseLong())));

        Assert.Equal(SentOid(handler), ex.ClientOid);
        Assert.Equal(BitgetErrorKind.OrderOutcomeUnknown, ex.Kind);
        Assert.Equal(PlacePath, ex.RequestPath);
        Assert.Single(handler.To(PlacePath));
    }

    [Fact]
    public async Task RejectedOrder_NotLookedUpNorResent()
    {
        var handler = HedgeAccount().Always(PlacePath, HttpStatusCode.BadRequest, FakeBitgetHandler.Error("22002", "No position to close"));
        using var client = TestClients.Create(handler);

        var ex = await Assert.ThrowsAsync<BitgetApiException>(() => client.Orders.PlaceAsync(CloseLong()));

        Assert.Equal(BitgetErrorKind.PositionConflict, ex.Kind);
        Assert.Single(handler.To(PlacePath));
        Assert.Empty(handler.To(DetailPath));
    }

    [Fact]
    public async Task AcceptedWithoutOrderId_IdFromLookupAndNeverResent()
    {
        var handler = HedgeAccount()
            .Always(PlacePath, HttpStatusCode.OK, FakeBitgetHandler.Success($$"""{"orderId":"","clientOid":"{{Oid}}"}"""))
            .Always(DetailPath, HttpStatusCode.OK, Found);
        using var client = TestClients.Create(handler);

        var ack = await client.Orders.PlaceAsync(CloseLong());

        Assert.Equal("777", ack.OrderId);
        Assert.Single(handler.To(PlacePath));
    }

    [Fact]
    public async Task AcceptedWithoutOrderId_LookupFails_AcknowledgedWithClientOidNotAnError()
    {
        var handler = HedgeAccount()
            .Always(PlacePath, HttpStatusCode.OK, FakeBitgetHandler.Success($$"""{"orderId":"","clientOid":"{{Oid}}"}"""))
            .Always(DetailPath, HttpStatusCode.BadGateway, "<html>Bad Gateway</html>");
        using var client = TestClients.Create(handler, configure: o => o.MaxReadRetries = 0);

        var ack = await client.Orders.PlaceAsync(CloseLong());

        Assert.Null(ack.OrderId);
        Assert.Equal(SentOid(handler), ack.ClientOid);
        Assert.Single(handler.To(PlacePath));
    }

    [Fact]
    public async Task NoClientOidGiven_GeneratedOneIsSentAndUsedForLookup()
    {
        var handler = HedgeAccount()
            .OnceThrow(PlacePath, new HttpRequestException("connection reset"))
            .Always(DetailPath, HttpStatusCode.OK, Found);
        using var client = TestClients.Create(handler);

        var ack = await client.Orders.PlaceAsync(CloseLong(clientOid: null));

        var sent = System.Text.Json.JsonDocument.Parse(Assert.Single(handler.To(PlacePath)).Body!).RootElement.GetProperty("clientOid").GetString()!;
        Assert.Matches("^[A-Za-z0-9_:-]{1,32}$", sent);
        Assert.Contains($"clientOid={sent}", Assert.Single(handler.To(DetailPath)).Uri.Query, StringComparison.Ordinal);
        Assert.Equal(sent, ack.ClientOid);
    }

    [Fact]
    public async Task AcceptedButDataUnreadable_CountsAsOutcomeUnknown_FoundByClientOidWithoutResend()
    {
        var handler = HedgeAccount()
            .Once(PlacePath, HttpStatusCode.OK, FakeBitgetHandler.Success("\"not-an-ack\""))
            .Always(DetailPath, HttpStatusCode.OK, Found);
        using var client = TestClients.Create(handler);

        var ack = await client.Orders.PlaceAsync(CloseLong(clientOid: null));

        Assert.Equal("777", ack.OrderId);
        Assert.Single(handler.To(PlacePath));
    }

    [Theory]
    [InlineData(HttpStatusCode.OK)]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.InternalServerError)]
    public async Task UndocumentedErrorCode_OnAnyStatus_OutcomeUnknownCarryingTheClientOid(HttpStatusCode status)
    {
        var time = new FakeTimeProvider();
        var handler = HedgeAccount()
            .Always(PlacePath, status, FakeBitgetHandler.Error("49999", "something Bitget never documented"))
            .Always(DetailPath, HttpStatusCode.BadRequest, NotFound);
        using var client = TestClients.Create(handler, time);

        var ex = await Assert.ThrowsAsync<OrderOutcomeUnknownException>(() => time.RunAsync(client.Orders.PlaceAsync(CloseLong(clientOid: null))));

        var sent = System.Text.Json.JsonDocument.Parse(Assert.Single(handler.To(PlacePath)).Body!).RootElement.GetProperty("clientOid").GetString();
        Assert.Equal(sent, ex.ClientOid);
        Assert.Equal(3, handler.To(DetailPath).Count);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task CancelledAfterThePostLeft_LookedUpOnceByClientOid_NeverReportedAsNotPlaced(bool exists)
    {
        using var cancel = new CancellationTokenSource();
        var handler = HedgeAccount()
            .Once(PlacePath, async r =>
            {
                await cancel.CancelAsync();
                await Task.Delay(Timeout.InfiniteTimeSpan, r.Cancellation);
                return FakeBitgetHandler.Json(HttpStatusCode.OK, "{}");
            })
            .Always(DetailPath, exists ? HttpStatusCode.OK : HttpStatusCode.BadRequest, exists ? Found : NotFound);
        using var client = TestClients.Create(handler);
        var place = client.Orders.PlaceAsync(CloseLong(clientOid: null), cancel.Token);

        if (exists)
        {
            Assert.Equal("777", (await place).OrderId);
        }
        else
        {
            var ex = await Assert.ThrowsAsync<OrderOutcomeUnknownException>(() => place);
            Assert.IsAssignableFrom<OperationCanceledException>(ex.InnerException);
            Assert.False(string.IsNullOrEmpty(ex.ClientOid));
        }

        Assert.Single(handler.To(PlacePath));
        Assert.Single(handler.To(DetailPath));
    }

    [Fact]
    public async Task CallerClientOidAlreadyUsed_ExistingOrderReturnedAndNothingPosted()
    {
        var handler = HedgeAccount().Always(DetailPath, HttpStatusCode.OK, Found);
        using var client = TestClients.Create(handler);

        var ack = await client.Orders.PlaceAsync(CloseLong(Oid));

        Assert.Equal(("777", Oid), (ack.OrderId, ack.ClientOid));
        Assert.Empty(handler.To(PlacePath));
    }

    [Fact]
    public async Task CallerClientOidUnknown_LookedUpOnceThenPostedOnce()
    {
        var handler = HedgeAccount()
            .Always(DetailPath, HttpStatusCode.BadRequest, NotFound)
            .Always(PlacePath, HttpStatusCode.OK, FakeBitgetHandler.Success($$"""{"orderId":"888","clientOid":"{{Oid}}"}"""));
        using var client = TestClients.Create(handler);

        var ack = await client.Orders.PlaceAsync(CloseLong(Oid));

        Assert.Equal("888", ack.OrderId);
        Assert.Contains($"clientOid={Oid}", Assert.Single(handler.To(DetailPath)).Uri.Query, StringComparison.Ordinal);
        Assert.Single(handler.To(PlacePath));
    }

    [Theory]
    [InlineData(PositionMode.Hedge, "one_way_mode")]
    [InlineData(PositionMode.OneWay, "hedge_mode")]
    public async Task CloseEncodedForAStaleMode_RefusedBeforeSending(PositionMode stated, string live)
    {
        var handler = new FakeBitgetHandler().Always(AccountPath, HttpStatusCode.OK, FakeBitgetHandler.Success($$"""{"marginCoin":"USDT","posMode":"{{live}}"}"""));
        using var client = TestClients.Create(handler);

        var ex = await Assert.ThrowsAsync<PositionModeMismatchException>(() => client.Orders.PlaceAsync(CloseLong() with { PositionMode = stated }));

        Assert.Equal(stated, ex.Stated);
        Assert.NotEqual(stated, ex.Live);
        Assert.Empty(handler.To(PlacePath));
    }

    private static FakeBitgetHandler HedgeAccount() =>
        new FakeBitgetHandler().Always(AccountPath, HttpStatusCode.OK, FakeBitgetHandler.Success("""{"marginCoin":"USDT","posMode":"hedge_mode"}"""));

    private static string SentOid(FakeBitgetHandler handler) =>
        System.Text.Json.JsonDocument.Parse(handler.To(PlacePath)[0].Body!).RootElement.GetProperty("clientOid").GetString()!;

    private static void ScriptFailure(FakeBitgetHandler handler, string failure, FakeTimeProvider time)
    {
        switch (failure)
        {
            case "timeout":
                handler.Once(PlacePath, async r =>
                {
                    await Task.Delay(TimeSpan.FromMinutes(5), time, r.Cancellation);
                    return FakeBitgetHandler.Json(HttpStatusCode.OK, "{}");
                });
                break;
            case "connection":
                handler.OnceThrow(PlacePath, new HttpRequestException("connection reset"));
                break;
            case "http502":
                handler.Once(PlacePath, (HttpStatusCode)502, "<html>Bad Gateway</html>");
                break;
            default:
                handler.Once(PlacePath, HttpStatusCode.BadRequest, FakeBitgetHandler.Error("40725", "service return an error"));
                break;
        }
    }
}
