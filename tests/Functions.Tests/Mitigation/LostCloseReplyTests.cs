using Bitget.Client.Trading;
using Functions.Tests.Alerting.Support;
using Functions.Tests.Support;
using Sentinel.Functions.Mitigation;
using Sentinel.Core.Risk;
using Sentinel.TestSupport;
using SimAccount = Bitget.Simulator.Accounts.SimulatedAccountOptions;
using SimKind = Bitget.Simulator.Accounts.AccountKind;
using SimMode = Bitget.Simulator.Accounts.PositionMode;
using SimSide = Bitget.Simulator.Accounts.PositionSide;

namespace Functions.Tests.Mitigation;

/// <summary>
/// A flash close whose reply was lost is settled from the exchange's order history, never from the position's size:
/// the user may add to the side, or reopen it, before the guard looks again. Classic (v2) and unified (v3).
/// </summary>
[Collection(AlertingAzuriteGroup.Name)]
public sealed class LostCloseReplyTests(AzuriteFixture azurite)
{
    public static TheoryData<SimKind, SimMode> Accounts => new()
    {
        { SimKind.Classic, SimMode.OneWay },
        { SimKind.Classic, SimMode.Hedge },
        { SimKind.Unified, SimMode.OneWay },
        { SimKind.Unified, SimMode.Hedge },
    };

    [Theory]
    [MemberData(nameof(Accounts))]
    public async Task RefusedClose_UserAddsBeforeTheNextLook_NotRecordedAsFilled_ClosedOnceWhenRetried(SimKind kind, SimMode mode)
    {
        await using var h = await StartAsync(kind, mode);
        h.Sim.Faults.DropConnection(ClosePath(kind));
        var first = await CloseAsync(h);
        Assert.Equal(GuardDecision.Unknown, first.Decision);

        h.Sim.SeedPosition("BTCUSDT", SimSide.Long, 0.5m, 60_000m);
        h.Clock.Advance(TimeSpan.FromMinutes(2));
        var retried = await CloseAsync(h);

        var described = await h.DescribeAuditAsync();
        Assert.True(retried.Decision == GuardDecision.Filled, described);
        var close = Assert.Single(h.Orders);
        Assert.Equal(1.5m, close.FilledSize);
        Assert.Empty(h.Sim.Exchange.Positions(h.Sim.ApiKey));
        var audit = await h.AuditAsync();
        Assert.Contains(audit, r => r.GetString("Reason")!.Contains("shows no close of BTCUSDT:long since the close was sent: it did not happen", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Accounts))]
    public async Task AcceptedClose_ReplyLost_UserReopensTheSameSize_RecordedFilled_NoSecondClose(SimKind kind, SimMode mode)
    {
        await using var h = await StartAsync(kind, mode);
        h.Sim.Faults.LoseResponse(ClosePath(kind));
        var first = await CloseAsync(h);
        Assert.Equal(GuardDecision.Unknown, first.Decision);
        Assert.Empty(h.Sim.Exchange.Positions(h.Sim.ApiKey));

        h.Sim.SeedPosition("BTCUSDT", SimSide.Long, 1.0m, 60_000m);
        h.Clock.Advance(TimeSpan.FromMinutes(2));
        var again = await CloseAsync(h);

        var described = await h.DescribeAuditAsync();
        Assert.True(again is { Decision: GuardDecision.Skipped, StepTaken: true }, described);
        Assert.StartsWith("already taken: this step's order is filled", again.Reason, StringComparison.Ordinal);
        Assert.Single(h.Orders);
        Assert.Equal(1.0m, Assert.Single(h.Sim.Exchange.Positions(h.Sim.ApiKey)).Size);
        var audit = await h.AuditAsync();
        Assert.Contains(audit, r => r.GetString("Action") == "risk.filled" && r.GetString("Reason")!.Contains("the close went through", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LostClose_RecordShowsOnlyPartOfTheSideClosed_StaysUnknown_EscalatedOnce_NothingSent()
    {
        await using var h = await StartAsync(SimKind.Classic, SimMode.OneWay);
        await CloseReplyLostThenAQuarterClosedByHandAsync(h);

        h.Clock.Advance(TimeSpan.FromMinutes(2));
        var second = await CloseAsync(h);
        h.Clock.Advance(TimeSpan.FromMinutes(2));
        var third = await CloseAsync(h);
        await h.RunAsync(h.App.DeliverAsync());

        Assert.Equal(GuardDecision.Skipped, second.Decision);
        Assert.Equal(GuardDecision.Skipped, third.Decision);
        Assert.Contains("cannot be told", third.Reason, StringComparison.Ordinal);
        Assert.Equal(["by-hand-1"], h.Orders.Select(o => o.ClientOid));
        Assert.Equal(0.75m, Assert.Single(h.Sim.Exchange.Positions(h.Sim.ApiKey)).Size);
        var escalations = (await h.AuditAsync()).Where(r => r.GetString("Reason")!.StartsWith("needs a human: ", StringComparison.Ordinal)).ToList();
        Assert.Equal("risk.unknown", Assert.Single(escalations).GetString("Action"));
        await h.RunAsync(h.App.DeliverAsync());
        Assert.Single(h.Teams.Accepted, m => m.ToJsonString().Contains("needs a human", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Escalation_TheNoticeCouldNotBeStored_NotMarkedEscalated_TheNextAttemptNotifiesTheHuman()
    {
        await using var h = await StartAsync(SimKind.Classic, SimMode.OneWay);
        await CloseReplyLostThenAQuarterClosedByHandAsync(h);
        var outbox = new Azure.Data.Tables.TableServiceClient(azurite.ConnectionString);

        h.Clock.Advance(TimeSpan.FromMinutes(2));
        await outbox.DeleteTableAsync(Sentinel.Functions.Platform.State.StateTables.Outbox);
        await CloseAsync(h);
        await outbox.CreateTableIfNotExistsAsync(Sentinel.Functions.Platform.State.StateTables.Outbox);
        h.Clock.Advance(TimeSpan.FromMinutes(2));
        await CloseAsync(h);
        await h.RunAsync(h.App.DeliverAsync());

        Assert.True(h.Teams.Accepted.Any(m => m.ToJsonString().Contains("needs a human", StringComparison.Ordinal)), await h.DescribeAuditAsync());
        Assert.True((await h.Get<MitigationJournal>().FindAsync(AppOnSimulator.ClientOidOf("manual-close")))!.Escalated);
    }

    [Theory]
    [InlineData(SimKind.Classic)]
    [InlineData(SimKind.Unified)]
    public async Task LostClose_MoreOrdersSinceThanTheSearchReads_StaysUnknown_EscalatedToAHuman_NothingSent(SimKind kind)
    {
        await using var h = await StartAsync(kind, SimMode.OneWay);
        h.Sim.Faults.DropConnection(ClosePath(kind));
        Assert.Equal(GuardDecision.Unknown, (await CloseAsync(h)).Decision);
        // The user (or a bot) trades on: 1,000 small orders since the close, more than the search reads back.
        h.Sim.Exchange.SetBalance(h.Sim.ApiKey, 1_000_000m);
        for (var i = 0; i < 1000; i++)
        {
            h.Clock.Advance(TimeSpan.FromMilliseconds(100));
            h.Sim.Exchange.PlaceOrder(h.Sim.ApiKey, new Bitget.Simulator.Orders.OrderRequest("BTCUSDT", Bitget.Simulator.Orders.OrderSide.Buy, Bitget.Simulator.Orders.OrderAction.Net, null, Bitget.Simulator.Orders.OrderKind.Market, 0.001m, null, $"user-{i}"));
        }

        h.Clock.Advance(TimeSpan.FromMinutes(2));
        var again = await CloseAsync(h);

        var described = await h.DescribeAuditAsync();
        Assert.True(again.Decision == GuardDecision.Skipped, described);
        Assert.Contains("could not be read to its start", again.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(h.Orders, o => o.ClientOid is null || !o.ClientOid.StartsWith("user-", StringComparison.Ordinal));
        Assert.Contains(await h.AuditAsync(), r => r.GetString("Action") == "risk.unknown" && r.GetString("Reason")!.StartsWith("needs a human: ", StringComparison.Ordinal));
    }

    /// <summary>Sentinel's close of the whole long loses its reply (never placed); then a quarter of the side is closed by hand.</summary>
    private static async Task CloseReplyLostThenAQuarterClosedByHandAsync(AppOnSimulator h)
    {
        h.Sim.Faults.DropConnection(ClosePath(SimKind.Classic));
        Assert.Equal(GuardDecision.Unknown, (await CloseAsync(h)).Decision);
        var live = Assert.Single(await h.LivePositionsAsync());
        await h.RunAsync(h.Get<Sentinel.Functions.Platform.Exchange.ExchangePortProvider>().GetAsync().AsTask()
            .ContinueWith(p => p.Result.PlaceReduceOnlyOrderAsync(new ReduceOrderRequest("BTCUSDT", PositionSide.Long, live.Mode, live.MarginMode, 0.25m, "by-hand-1")), TaskScheduler.Default).Unwrap());
    }

    private static string ClosePath(SimKind kind) => kind == SimKind.Classic ? "/api/v2/mix/order/close-positions" : "/api/v3/trade/close-positions";

    private static Task<GuardResult> CloseAsync(AppOnSimulator h) => h.ExecuteOnLiveLongAsync("manual-close", new RiskStep(RiskActionKind.Close, 1m, 0m));

    private async Task<AppOnSimulator> StartAsync(SimKind kind, SimMode mode)
    {
        var h = await AppOnSimulator.StartAsync(azurite, new SimAccount { Kind = kind, PositionMode = mode });
        h.Sim.SeedPosition("BTCUSDT", SimSide.Long, 1.0m, 60_000m, leverage: 10m);
        return h;
    }
}
