using System.Net;
using Bitget.Simulator.Accounts;
using Functions.Tests.Alerting.Support;
using Sentinel.TestSupport;

namespace Functions.Tests.Actions;

/// <summary>Idempotency under concurrent repeats, the modes as the API documents them, stop-loss preview against what is placed, and audit paging.</summary>
[Collection(AlertingAzuriteGroup.Name)]
public sealed class ManualActionsControlTests(AzuriteFixture azurite)
{
    private const string Close = """{"symbol":"BTCUSDT","side":"long","confirm":true}""";

    [Fact]
    public async Task TwoConcurrentRepeats_SameIdempotencyKey_OneCloses_TheOtherGetsTheFirstResultOrInProgress()
    {
        await using var h = await ActionsApi.StartAsync(azurite);
        h.Sim.SeedPosition("BTCUSDT", PositionSide.Long, 0.5m, 60_000m, leverage: 5m);

        var both = await Task.WhenAll(h.PostAsync("/api/actions/close", Close, idempotencyKey: "panic-1"), h.PostAsync("/api/actions/close", Close, idempotencyKey: "panic-1"));
        var later = await h.PostAsync("/api/actions/close", Close, idempotencyKey: "panic-1");
        var reused = await h.PostAsync("/api/actions/reduce", """{"symbol":"BTCUSDT","side":"long","fraction":0.5,"confirm":true}""", idempotencyKey: "panic-1");

        Assert.Single(h.Orders);
        Assert.Contains(both, r => r.Status == HttpStatusCode.OK && r.Body.Str("decision") == "filled");
        Assert.All(both, r => Assert.True(r.Status == HttpStatusCode.OK || r.Body.Str("title") == "Request in progress", r.Body.ToJsonString()));
        Assert.Equal((HttpStatusCode.OK, "filled"), (later.Status, later.Body.Str("decision")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.Status);
        Assert.Empty(h.Sim.Exchange.Positions(h.Sim.ApiKey));
    }

    [Fact]
    public async Task DryRunMode_ConfirmSendsNothing_ModeOff_Refuses_BothAudited()
    {
        await using var h = await ActionsApi.StartAsync(azurite);
        h.Sim.SeedPosition("BTCUSDT", PositionSide.Long, 0.5m, 60_000m, leverage: 5m);

        var dry = await h.PostAsync("/api/mode", """{"mode":"dry-run","reason":"rehearsal"}""");
        var rehearsed = await h.PostAsync("/api/actions/close", Close);
        var off = await h.PostAsync("/api/mode", """{"mode":"off"}""");
        var refused = await h.PostAsync("/api/actions/close", Close);
        var mode = await h.GetAsync("/api/mode");

        Assert.Equal((HttpStatusCode.OK, "dry-run"), (dry.Status, dry.Body.Str("mode")));
        Assert.Equal((HttpStatusCode.OK, "dry-run"), (rehearsed.Status, rehearsed.Body.Str("decision")));
        Assert.Equal((HttpStatusCode.Conflict, "mode is off"), (refused.Status, refused.Body.Str("reason")));
        Assert.Equal("off", mode.Str("mode"));
        Assert.Equal((HttpStatusCode.OK, "off"), (off.Status, off.Body.Str("mode")));
        Assert.Empty(h.Orders);
        Assert.Equal(0.5m, Assert.Single(h.Sim.Exchange.Positions(h.Sim.ApiKey)).Size);
        Assert.Equal(1, await h.AuditCountAsync("risk.dry-run"));
        Assert.Equal(1, await h.AuditCountAsync("mode.off"));
    }

    [Fact]
    public async Task StopLossPreview_TriggerIsTheOnePlaced_AndAuditPagesThroughEveryRow()
    {
        await using var h = await ActionsApi.StartAsync(azurite, AccountKind.Unified);
        h.Sim.SeedPosition("BTCUSDT", PositionSide.Long, 0.5m, 60_000m, leverage: 5m);

        var preview = await h.PostAsync("/api/actions/stop-loss", """{"symbol":"BTCUSDT","side":"long","triggerPrice":57000}""");
        var placed = await h.PostAsync("/api/actions/stop-loss", $$"""{"previewId":"{{preview.Body.Str("previewId")}}","confirm":true}""");
        var all = (await h.GetAsync("/api/audit?limit=200"))["rows"]!.AsArray().Select(r => r!.ToJsonString()).ToList();
        var paged = new List<string>();
        var token = string.Empty;
        do
        {
            var page = await h.GetAsync("/api/audit?limit=2" + (token.Length > 0 ? "&continuation=" + Uri.EscapeDataString(token) : string.Empty));
            Assert.True(page["rows"]!.AsArray().Count <= 2);
            paged.AddRange(page["rows"]!.AsArray().Select(r => r!.ToJsonString()));
            token = page["continuation"]?.GetValue<string>() ?? string.Empty;
        }
        while (token.Length > 0);

        Assert.Equal(57_000m, preview.Body["order"]!["trigger"]!.GetValue<decimal>());
        Assert.Equal(HttpStatusCode.OK, placed.Status);
        var plan = Assert.Single(h.Sim.Exchange.PlanOrders(h.Sim.ApiKey));
        Assert.Equal((57_000m, PositionSide.Long), (plan.TriggerPrice, plan.PositionSide));
        Assert.Empty(h.Orders);
        Assert.True(all.Count >= 3, string.Join('\n', all));
        Assert.Equal(all, paged);
    }
}
