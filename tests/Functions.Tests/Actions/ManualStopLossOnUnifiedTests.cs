using Bitget.Simulator.Accounts;
using Bitget.Simulator.Exchange;
using Bitget.Simulator.Orders;
using Functions.Tests.Alerting.Support;
using Sentinel.TestSupport;

namespace Functions.Tests.Actions;

/// <summary>A manual stop-loss on a unified (v3) account never replaces a tighter full-position stop of the user's.</summary>
[Collection(AlertingAzuriteGroup.Name)]
public sealed class ManualStopLossOnUnifiedTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task ManualStopLoss_LooserThanTheUsersFullStop_IsSkippedWithTheReason_AndTheUsersStopStays()
    {
        await using var h = await ActionsApi.StartAsync(azurite, AccountKind.Unified);
        h.Sim.SeedPosition("BTCUSDT", PositionSide.Long, 0.5m, 60_000m, leverage: 5m);
        var user = Assert.Single(h.Sim.Exchange.PlaceStrategy(h.Sim.ApiKey, null, new PlanRequest("BTCUSDT", PlanType.PositionLoss, PositionSide.Long, 59_000m, true, null, "user-full-stop")));

        var preview = await h.PostAsync("/api/actions/stop-loss", """{"symbol":"BTCUSDT","side":"long","triggerPrice":57000}""");
        var confirmed = await h.PostAsync("/api/actions/stop-loss", $$"""{"previewId":"{{preview.Body.Str("previewId")}}","confirm":true}""");

        Assert.Equal(("skipped", $"a tighter stop is already in place ({user.OrderId} at 59000)"), (confirmed.Body.Str("decision"), confirmed.Body.Str("reason")));
        var stop = Assert.Single(h.Sim.Exchange.PlanOrders(h.Sim.ApiKey), p => p.Status == PlanStatus.Live);
        Assert.Equal(("user-full-stop", 59_000m), (stop.ClientOid, stop.TriggerPrice));
    }
}
