using Azure.Data.Tables;
using Functions.Tests.Alerting.Support;
using Functions.Tests.Mitigation.Support;
using Functions.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Sentinel.Core.Risk;
using Sentinel.Functions.Mitigation;
using Sentinel.Functions.Platform.Exchange;
using Sentinel.Functions.Platform.State;
using Sentinel.Functions.Platform.State.Leases;
using Sentinel.TestSupport;

namespace Functions.Tests.Mitigation;

/// <summary>
/// The account-wide <c>mitigation</c> lease covers the whole step however long the exchange takes: it is renewed while
/// the step runs, and once lost (taken over) the step stops — a send in flight as an unknown outcome looked up next
/// time, a read before anything was sent with nothing sent. Counted in the orders the exchange took.
/// </summary>
[Collection(AlertingAzuriteGroup.Name)]
public sealed class MitigationLeaseTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan LeaseDuration = new GuardOptions().LeaseDuration;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly FakeTimeProvider _clock = new(AppOnSimulator.Start);
    private GatedExchangePort _port = null!;

    [Fact]
    public async Task StepSlowerThanTheLease_KeepsTheLease_AnotherOwnerMeanwhileIsRefused_OneOrder()
    {
        await using var app = await StartAsync();
        var accept = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _port.HoldNextAccept(accept);
        var slow = app.Get<MitigationGuard>().ExecuteAsync(Reduce("rule-slow"));
        await _port.SendStarted.Task.WaitAsync(Patience);
        for (var step = 0; step < 5; step++)
        {
            await LeaseRenewedAsync(app);
        }

        var meanwhile = await app.Get<MitigationGuard>().ExecuteAsync(Reduce("rule-other"));
        accept.SetResult();
        var finished = await slow.WaitAsync(Patience);

        Assert.True(_clock.GetUtcNow() - AppOnSimulator.Start > LeaseDuration);
        Assert.Equal(GuardDecision.Skipped, meanwhile.Decision);
        Assert.StartsWith("another instance holds the mitigation lease", meanwhile.Reason, StringComparison.Ordinal);
        Assert.Equal(GuardDecision.Filled, finished.Decision);
        Assert.Equal(ClientOid("rule-slow"), Assert.Single(_port.Orders).ClientOid);
    }

    [Fact]
    public async Task LeaseTakenOverMidSend_Unknown_IntentUnresolved_TheNextAttemptLooksItUp_OneOrder()
    {
        await using var app = await StartAsync();
        _port.HoldNextReply(new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        var sending = app.Get<MitigationGuard>().ExecuteAsync(Reduce("rule-a"));
        await _port.SendStarted.Task.WaitAsync(Patience);
        var (thief, stolen) = await StealLeaseAsync();

        _clock.Advance(LeaseDuration / 3);
        var abandoned = await sending.WaitAsync(Patience);
        var intent = await app.Get<MitigationJournal>().FindAsync(ClientOid("rule-a"));
        await thief.ReleaseAsync(stolen);
        _clock.Advance(TimeSpan.FromMinutes(2));
        var next = await app.Get<MitigationGuard>().ExecuteAsync(Reduce("rule-a"));

        Assert.Equal(GuardDecision.Unknown, abandoned.Decision);
        Assert.Contains("lease was lost while sending", abandoned.Reason, StringComparison.Ordinal);
        Assert.Equal(IntentStatus.Unknown, intent!.Status);
        Assert.Contains(await AuditAsync(app), r => r.GetString("Action") == "risk.unknown" && r.GetString("Reason")!.Contains("lease was lost while sending", StringComparison.Ordinal));
        Assert.Equal((GuardDecision.Skipped, true), (next.Decision, next.StepTaken));
        Assert.StartsWith("already taken: this step's order is filled", next.Reason, StringComparison.Ordinal);
        Assert.True(_port.Lookups > 0);
        Assert.Single(_port.Orders);
    }

    [Fact]
    public async Task LeaseTakenOverDuringTheFreshRead_Stopped_NothingSent_AndAudited()
    {
        await using var app = await StartAsync();
        _port.HoldNextRead(new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        var reading = app.Get<MitigationGuard>().ExecuteAsync(Reduce("rule-a"));
        await _port.ReadStarted.Task.WaitAsync(Patience);
        await StealLeaseAsync();

        _clock.Advance(LeaseDuration / 3);
        var stopped = await reading.WaitAsync(Patience);

        Assert.Equal((GuardDecision.Skipped, false), (stopped.Decision, stopped.StepTaken));
        Assert.StartsWith("lease lost, nothing sent", stopped.Reason, StringComparison.Ordinal);
        Assert.Empty(_port.Orders);
        Assert.Null(await app.Get<MitigationJournal>().FindAsync(ClientOid("rule-a")));
        Assert.Contains(await AuditAsync(app), r => r.GetString("Action") == "risk.skipped" && r.GetString("Reason")!.StartsWith("lease lost, nothing sent", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HostShuttingDownDuringTheFreshRead_TheCancellationReachesTheCaller_NothingSent()
    {
        await using var app = await StartAsync();
        _port.HoldNextRead(new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        using var shutdown = new CancellationTokenSource();
        var reading = app.Get<MitigationGuard>().ExecuteAsync(Reduce("rule-a"), shutdown.Token);
        await _port.ReadStarted.Task.WaitAsync(Patience);

        await shutdown.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => reading.WaitAsync(Patience));
        Assert.Empty(_port.Orders);
    }

    private async Task<SentinelTestApp> StartAsync()
    {
        await AppOnSimulator.ResetAsync(azurite);
        _port = new GatedExchangePort(_clock.GetUtcNow());
        return await SentinelTestApp.StartAsync(new SentinelTestAppOptions
        {
            Azurite = azurite,
            Clock = _clock,
            Settings = new Dictionary<string, string?> { ["Sentinel:Mode"] = "live" },
            Services = services => services.AddSingleton<IExchangePortFactory>(_port),
        });
    }

    private MitigationRequest Reduce(string ruleId) =>
        new("test", ruleId, _port.Position, new RiskStep(RiskActionKind.Reduce, 0.25m, 0m), 0, ClientOid(ruleId), null, ["teams"]);

    private static string ClientOid(string ruleId) => AppOnSimulator.ClientOidOf(ruleId);

    private TableClient Leases() => new TableServiceClient(azurite.ConnectionString).GetTableClient(StateTables.Leases);

    /// <summary>Another instance, whose clock already shows the lease expired, takes it over.</summary>
    private async Task<(TableLeaseManager Thief, TableLease Stolen)> StealLeaseAsync()
    {
        var thief = new TableLeaseManager(Leases(), new FakeTimeProvider(_clock.GetUtcNow() + LeaseDuration + TimeSpan.FromSeconds(1)));
        var stolen = await thief.TryAcquireAsync(MitigationGuard.LeaseName, "another-instance", LeaseDuration);
        Assert.NotNull(stolen);
        return (thief, stolen);
    }

    // The renewal runs on the holder's own timer once the clock has moved a third of the lease: the response to its
    // write of the lease row says it has landed.
    private async Task LeaseRenewedAsync(SentinelTestApp app)
    {
        var renewal = app.Storage.NextResponseAsync(line => !line.StartsWith("GET ", StringComparison.Ordinal) && line.Contains($"/{StateTables.Leases}(", StringComparison.Ordinal));
        _clock.Advance(LeaseDuration / 3);
        await renewal.WaitAsync(Patience);
    }

    private async Task<IReadOnlyList<TableEntity>> AuditAsync(SentinelTestApp app) =>
        await app.Get<MitigationAuditStore>().ReadDayAsync(DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime));
}
