using System.Net;
using Bitget.Simulator.Accounts;
using Bitget.Simulator.Faults;
using Bitget.Simulator.Orders;
using Functions.Tests.Alerting.Support;
using Sentinel.TestSupport;

namespace Functions.Tests.Actions;

/// <summary>
/// Manual actions through the app's HTTP functions against the simulator over loopback (classic v2 and unified v3,
/// one-way and hedge): what the preview shows is what confirm sends, exactly one order per confirmed action whatever
/// the client or the network repeats, counted per clientOid in the simulator.
/// </summary>
[Collection(AlertingAzuriteGroup.Name)]
public sealed class ManualActionsOnSimulatorTests(AzuriteFixture azurite)
{
    [Theory]
    [MemberData(nameof(SimulatorFixture.Accounts), MemberType = typeof(SimulatorFixture))]
    public async Task ReducePreview_ThenConfirmTwice_SendsThePreviewedSizeAndDirectionOnce(AccountKind kind, PositionMode mode)
    {
        await using var h = await ActionsApi.StartAsync(azurite, kind, mode);
        h.Sim.SeedPosition("BTCUSDT", PositionSide.Short, 1.5m, 60_000m, leverage: 10m);

        var preview = await h.PostAsync("/api/actions/reduce", """{"symbol":"BTCUSDT","side":"short","fraction":0.25}""");
        var ordersAfterPreview = h.Orders.Count;
        var confirm = $$"""{"previewId":"{{preview.Body.Str("previewId")}}","confirm":true}""";
        var first = await h.PostAsync("/api/actions/reduce", confirm);
        var repeat = await h.PostAsync("/api/actions/reduce", confirm);

        Assert.Equal(HttpStatusCode.OK, preview.Status);
        Assert.Equal(0, ordersAfterPreview);
        Assert.Equal(("buy", true, 0.375m), (preview.Body["order"]!["direction"]!.GetValue<string>(), preview.Body["order"]!["reduceOnly"]!.GetValue<bool>(), preview.Body["order"]!["size"]!.GetValue<decimal>()));
        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal("filled", first.Body.Str("decision"));
        var order = Assert.Single(h.Sim.OrdersWithClientOid(preview.Body.Str("clientOid")));
        Assert.Equal(0.375m, order.FilledSize);
        Assert.True(order.ReduceOnly);
        Assert.True(mode == PositionMode.Hedge ? order.PositionSide == PositionSide.Short : order.Direction == OrderSide.Buy, $"{order.Direction} {order.PositionSide}");
        Assert.Equal(HttpStatusCode.Conflict, repeat.Status);
        Assert.StartsWith("already taken", repeat.Body.Str("reason"), StringComparison.Ordinal);
        Assert.Single(h.Orders);
        Assert.Equal(1.125m, Assert.Single(h.Sim.Exchange.Positions(h.Sim.ApiKey)).Size);
    }

    [Theory]
    [MemberData(nameof(SimulatorFixture.Accounts), MemberType = typeof(SimulatorFixture))]
    public async Task Confirm_ExchangeReplyLost_ClientRetriesTheCall_ExactlyOneOrder(AccountKind kind, PositionMode mode)
    {
        await using var h = await ActionsApi.StartAsync(azurite, kind, mode);
        h.Sim.SeedPosition("BTCUSDT", PositionSide.Long, 1.5m, 60_000m, leverage: 10m);
        var preview = await h.PostAsync("/api/actions/reduce", """{"symbol":"BTCUSDT","side":"long","amount":0.5}""");
        h.Sim.Faults.LoseResponse(kind == AccountKind.Classic ? "/api/v2/mix/order/place-order" : "/api/v3/trade/place-order", times: 1, LostResponseMode.DropConnection);
        var confirm = $$"""{"previewId":"{{preview.Body.Str("previewId")}}","confirm":true}""";

        var first = await h.PostAsync("/api/actions/reduce", confirm, idempotencyKey: "k-lost-1");
        var retried = await h.PostAsync("/api/actions/reduce", confirm, idempotencyKey: "k-lost-1");
        var retriedWithoutKey = await h.PostAsync("/api/actions/reduce", confirm);

        Assert.True(h.Sim.Faults.Rules[0].Exhausted, "the fault did not hit the order");
        Assert.Contains(first.Status, new[] { HttpStatusCode.OK, HttpStatusCode.Accepted });
        Assert.Equal((first.Status, first.Body.ToJsonString()), (retried.Status, retried.Body.ToJsonString()));
        Assert.Equal(HttpStatusCode.Conflict, retriedWithoutKey.Status);
        var order = Assert.Single(h.Sim.OrdersWithClientOid(preview.Body.Str("clientOid")));
        Assert.Equal(0.5m, order.Size);
        Assert.Single(h.Orders);
    }

    [Fact]
    public async Task Close_PreviewShowsTheWholeSide_ConfirmClosesIt_AndAPositionChangeAborts()
    {
        await using var h = await ActionsApi.StartAsync(azurite, AccountKind.Unified, PositionMode.Hedge);
        h.Sim.SeedPosition("BTCUSDT", PositionSide.Long, 0.8m, 60_000m, leverage: 5m);
        h.Sim.SeedPosition("ETHUSDT", PositionSide.Long, 2m, 3_000m, leverage: 5m);

        var preview = await h.PostAsync("/api/actions/close", """{"symbol":"BTCUSDT","side":"long"}""");
        var eth = await h.PostAsync("/api/actions/close", """{"symbol":"ETHUSDT","side":"long"}""");
        h.Sim.SeedPosition("ETHUSDT", PositionSide.Long, 1m, 3_000m, leverage: 5m);
        var btcDone = await h.PostAsync("/api/actions/close", $$"""{"previewId":"{{preview.Body.Str("previewId")}}","confirm":true}""");
        var ethMoved = await h.PostAsync("/api/actions/close", $$"""{"previewId":"{{eth.Body.Str("previewId")}}","confirm":true}""");

        Assert.Equal(0.8m, preview.Body["order"]!["size"]!.GetValue<decimal>());
        Assert.Equal(HttpStatusCode.OK, btcDone.Status);
        Assert.Equal(HttpStatusCode.Conflict, ethMoved.Status);
        Assert.Equal("aborted", ethMoved.Body.Str("decision"));
        var left = Assert.Single(h.Sim.Exchange.Positions(h.Sim.ApiKey));
        Assert.Equal(("ETHUSDT", 3m), (left.Symbol, left.Size));
        Assert.Equal(0.8m, Assert.Single(h.Orders).FilledSize);
    }

    [Fact]
    public async Task FlattenAll_OneSymbolFails_ReportsItAndClosesTheOthers()
    {
        await using var h = await ActionsApi.StartAsync(azurite, AccountKind.Classic, PositionMode.Hedge);
        h.Sim.SeedPosition("BTCUSDT", PositionSide.Long, 0.5m, 60_000m, leverage: 5m);
        h.Sim.SeedPosition("ETHUSDT", PositionSide.Short, 4m, 3_000m, leverage: 5m);
        h.Sim.SeedPosition("SOLUSDT", PositionSide.Long, 30m, 150m, leverage: 5m);
        h.Sim.Faults.Maintenance("/api/v2/mix/order/close-positions", times: 1);

        var wrong = await h.PostAsync("/api/flatten-all", """{"confirm":"flatten"}""");
        var flatten = await h.PostAsync("/api/flatten-all", $$"""{"confirm":"FLATTEN ALL POSITIONS","reason":"panic"}""");

        Assert.Equal(HttpStatusCode.BadRequest, wrong.Status);
        Assert.Equal((HttpStatusCode)207, flatten.Status);
        Assert.Equal(("partial", 1), (flatten.Body.Str("outcome"), flatten.Body["failed"]!.GetValue<int>()));
        var closes = flatten.Body["results"]!.AsArray().Where(r => r!["action"]!.GetValue<string>() == "close").ToList();
        Assert.Equal(["BTCUSDT:False", "ETHUSDT:True", "SOLUSDT:True"], closes.Select(r => $"{r!["symbol"]!.GetValue<string>()}:{r["ok"]!.GetValue<bool>()}"));
        Assert.Equal("BTCUSDT", Assert.Single(h.Sim.Exchange.Positions(h.Sim.ApiKey)).Symbol);
        Assert.Equal(1, await h.AuditCountAsync("action.refused"));
    }

    [Fact]
    public async Task KillSwitch_RefusesAManualClose_UntilTheAuditedOverride_AndModeAndAuditAnswer()
    {
        await using var h = await ActionsApi.StartAsync(azurite);
        h.Sim.SeedPosition("BTCUSDT", PositionSide.Long, 0.5m, 60_000m, leverage: 5m);

        var engaged = await h.PostAsync("/api/killswitch", """{"action":"engage","reason":"exchange acting up"}""", principal: "alice@example.com");
        var refused = await h.PostAsync("/api/actions/close", """{"symbol":"BTCUSDT","side":"long","confirm":true}""");
        var overridden = await h.PostAsync("/api/actions/close", """{"symbol":"BTCUSDT","side":"long","confirm":true,"overrideKillSwitch":true}""", principal: "alice@example.com");
        var mode = await h.GetAsync("/api/mode");
        var audit = await h.GetAsync("/api/audit?kind=close&outcome=filled");

        Assert.Equal(("engaged", "alice@example.com"), (engaged.Body.Str("killSwitch"), engaged.Body.Str("updatedBy")));
        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        Assert.StartsWith("kill switch engaged by alice@example.com", refused.Body.Str("reason"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, overridden.Status);
        Assert.Single(h.Orders);
        Assert.Equal(("live", "engaged"), (mode.Str("mode"), mode.Str("killSwitch")));
        var row = Assert.Single(audit["rows"]!.AsArray());
        Assert.Equal(("alice@example.com", "kill-switch", "BTCUSDT:long"), (row!["who"]!.GetValue<string>(), row["overrides"]!.GetValue<string>(), row["target"]!.GetValue<string>()));
    }
}
