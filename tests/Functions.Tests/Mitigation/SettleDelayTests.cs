using Bitget.Client.Exchange;
using Functions.Tests.Alerting.Support;
using Functions.Tests.Support;
using Sentinel.Functions.Mitigation;
using Sentinel.Core.Risk;
using Sentinel.TestSupport;
using SimAccount = Bitget.Simulator.Accounts.SimulatedAccountOptions;
using SimKind = Bitget.Simulator.Accounts.AccountKind;
using SimSide = Bitget.Simulator.Accounts.PositionSide;

namespace Functions.Tests.Mitigation;

/// <summary>
/// "Not found" right after an unknown outcome proves nothing: an accepted order can take a moment to show. The guard
/// itself counts a step as never placed only when a look-up after <see cref="GuardOptions.OutcomeSettleDelay"/> finds
/// nothing, whatever the client does before sending. The simulator frees a clientOid once its order filled, so a
/// blind resend would place a second order.
/// </summary>
[Collection(AlertingAzuriteGroup.Name)]
public sealed class SettleDelayTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData(SimKind.Classic, "/api/v2/mix/order/place-order", "/api/v2/mix/order/detail", "40109")]
    [InlineData(SimKind.Unified, "/api/v3/trade/place-order", "/api/v3/trade/order-info", "25204")]
    public async Task ReplyLost_OrderNotVisibleYet_NotResentWithinTheSettleDelay_FoundOnceVisible_OneOrder(SimKind kind, string place, string lookup, string notFound)
    {
        await using var h = await AppOnSimulator.StartAsync(azurite, new SimAccount { Kind = kind });
        h.Sim.SeedPosition("BTCUSDT", SimSide.Long, 1.0m, 60_000m, leverage: 10m);
        h.Sim.Faults.LoseResponse(place);
        // Delayed visibility: every look-up answers Bitget's "order does not exist" until the record shows (below).
        h.Sim.Faults.Maintenance(lookup, times: null, code: notFound, message: "Order does not exist");

        var first = await ReduceAsync(h);
        h.Clock.Advance(TimeSpan.FromSeconds(30));
        var early = await ReduceAsync(h);
        h.Sim.Faults.Clear();
        h.Clock.Advance(TimeSpan.FromSeconds(40));
        var settled = await ReduceAsync(h);

        var described = await h.DescribeAuditAsync();
        Assert.True(h.Orders.Count == 1, described);
        Assert.Equal(GuardDecision.Unknown, first.Decision);
        Assert.Equal(GuardDecision.Skipped, early.Decision);
        Assert.Contains("absence counts only 00:01:00 after sending", early.Reason, StringComparison.Ordinal);
        Assert.True(settled is { Decision: GuardDecision.Skipped, StepTaken: true }, described);
        Assert.StartsWith("already taken: this step's order is filled", settled.Reason, StringComparison.Ordinal);
        Assert.Equal(0.75m, Assert.Single(h.Sim.Exchange.Positions(h.Sim.ApiKey)).Size);
    }

    [Fact]
    public async Task ReplyLost_NeverPlaced_ResentOnlyAfterTheSettleDelay_WithTheSameClientOid()
    {
        await using var h = await AppOnSimulator.StartAsync(azurite, new SimAccount());
        h.Sim.SeedPosition("BTCUSDT", SimSide.Long, 1.0m, 60_000m, leverage: 10m);
        h.Sim.Faults.DropConnection("/api/v2/mix/order/place-order");

        Assert.Equal(GuardDecision.Unknown, (await ReduceAsync(h)).Decision);
        var sentAt = (await h.Get<MitigationJournal>().FindAsync(Oid))!.CreatedAt;
        h.Clock.Advance(sentAt + TimeSpan.FromSeconds(59) - h.Clock.GetUtcNow());
        Assert.Equal(GuardDecision.Skipped, (await ReduceAsync(h)).Decision);
        Assert.Empty(h.Orders);
        h.Clock.Advance(TimeSpan.FromSeconds(1));
        var resent = await ReduceAsync(h);

        Assert.Equal(GuardDecision.Filled, resent.Decision);
        var order = Assert.Single(h.Orders);
        Assert.Equal(Oid, order.ClientOid);
        Assert.Contains((await h.AuditAsync()).Select(r => r.GetString("Reason")), r => r!.EndsWith("not found at the exchange by clientOid: it was never placed", StringComparison.Ordinal));
    }

    private static readonly string Oid = AppOnSimulator.ClientOidOf("manual-reduce");

    private static Task<GuardResult> ReduceAsync(AppOnSimulator h) => h.ExecuteOnLiveLongAsync("manual-reduce", new RiskStep(RiskActionKind.Reduce, 0.25m, 0m));
}
