using Azure.Data.Tables;
using Bitget.Client.Trading;
using Bitget.Simulator;
using Bitget.Simulator.Accounts;
using Bitget.Simulator.Orders;
using Microsoft.Extensions.Time.Testing;
using Sentinel.Core.Risk;
using Sentinel.Functions.Mitigation;
using Sentinel.Functions.Platform.Exchange;
using Sentinel.TestSupport;

namespace Functions.Tests.Support;

/// <summary>
/// The whole app (as Program builds it) on Azurite, reading the simulator through the real Bitget adapter over
/// loopback, with Teams and webhook receivers; app and simulator share one fake clock. Ticks are invoked over HTTP as
/// the Functions host does, under <see cref="RunAsync{T}"/>, which moves the clock only while the simulator is idle
/// (the client is then waiting on a timer: rate limiter, backoff, order lookup, a held request).
/// </summary>
internal sealed class AppOnSimulator : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan PumpStep = TimeSpan.FromMilliseconds(100);

    private AppOnSimulator(BitgetSimulator simulator, SentinelTestApp app, SwitchableReceiver teams, SwitchableReceiver webhook, FakeTimeProvider clock)
    {
        Sim = simulator;
        App = app;
        Teams = teams;
        Webhook = webhook;
        Clock = clock;
    }

    public BitgetSimulator Sim { get; }

    public SentinelTestApp App { get; }

    public SwitchableReceiver Teams { get; }

    public SwitchableReceiver Webhook { get; }

    public FakeTimeProvider Clock { get; }

    public IReadOnlyList<OrderSnapshot> Orders => Sim.Exchange.Orders(Sim.ApiKey);

    public static async Task ResetAsync(AzuriteFixture azurite)
    {
        await SentinelTestApp.ResetStateAsync(azurite);
        await new TableServiceClient(azurite.ConnectionString).DeleteTableAsync(RiskTables.Mitigation);
    }

    public static async Task<AppOnSimulator> StartAsync(AzuriteFixture azurite, SimulatedAccountOptions account, string mode = "live", IDictionary<string, string?>? settings = null)
    {
        await ResetAsync(azurite);
        var clock = new FakeTimeProvider(Start);
        var simulator = await SimulatorFixture.StartAsync(clock, account);
        simulator.Prices.Set("BTCUSDT", 60_000m);
        var teams = await SwitchableReceiver.StartAsync();
        var webhook = await SwitchableReceiver.StartAsync();
        var app = await SentinelTestApp.StartAsync(azurite, teams, webhook, clock, exchange: Settings(simulator, mode, settings));
        return new AppOnSimulator(simulator, app, teams, webhook, clock);
    }

    /// <summary>Starts a second app instance on the same storage and simulator (scale-out).</summary>
    public Task<SentinelTestApp> StartSecondInstanceAsync(AzuriteFixture azurite, string mode = "live") =>
        SentinelTestApp.StartAsync(azurite, Teams, Webhook, Clock, clearRules: false, exchange: Settings(Sim, mode, null));

    public T Get<T>()
        where T : notnull => App.Get<T>();

    /// <summary>One tick at <paramref name="price"/>, 30 s after the previous one, then the delivery run that follows it.</summary>
    public async Task TickAtAsync(decimal price, SentinelTestApp? instance = null)
    {
        Clock.Advance(TimeSpan.FromSeconds(30));
        Sim.Prices.Set("BTCUSDT", price);
        await RunAsync((instance ?? App).TickAsync());
        await RunAsync((instance ?? App).DeliverAsync());
    }

    public async Task<T> RunAsync<T>(Task<T> task)
    {
        await RunAsync((Task)task);
        return await task;
    }

    /// <summary>Runs app work to completion, moving the shared clock whenever the simulator has nothing to answer.</summary>
    public async Task RunAsync(Task task)
    {
        var deadline = Clock.GetUtcNow() + TimeSpan.FromMinutes(10);
        while (!task.IsCompleted)
        {
            if (Idle() && await StillIdleAsync())
            {
                Assert.True(Clock.GetUtcNow() < deadline, "the app did not finish within 10 simulated minutes");
                // A held request waits for the client's attempt timeout: move in bigger steps then.
                Clock.Advance(Sim.Faults.Holding > 0 ? TimeSpan.FromSeconds(1) : PumpStep);
            }
            else
            {
                await Task.WhenAny(task, Task.Delay(1));
            }
        }

        await task;
    }

    /// <summary>The clientOid of a test's step on the BTCUSDT long: one per rule id, whatever the position.</summary>
    public static string ClientOidOf(string ruleId) => MitigationClientOid.Create(ruleId, "BTCUSDT", Bitget.Client.Trading.PositionSide.Long, 0, Start);

    /// <summary>
    /// The guard asked to take <paramref name="step"/> on the BTCUSDT long as it is now, always as the same step (the
    /// same clientOid), as a tick re-planning from a fresh snapshot would ask; then the delivery run that follows it
    /// (the guard only stores its notices in the outbox).
    /// </summary>
    public async Task<GuardResult> ExecuteOnLiveLongAsync(string ruleId, RiskStep step)
    {
        var live = Assert.Single(await LivePositionsAsync(), p => p.Side == Bitget.Client.Trading.PositionSide.Long);
        var result = await RunAsync(Get<MitigationGuard>().ExecuteAsync(new MitigationRequest("test", ruleId, live, step, 0, ClientOidOf(ruleId), null, ["teams"])));
        await RunAsync(App.DeliverAsync());
        return result;
    }

    /// <summary>The account's positions read through the app's own exchange adapter.</summary>
    public async Task<IReadOnlyList<ExchangePosition>> LivePositionsAsync()
    {
        var port = await RunAsync(Get<ExchangePortProvider>().GetAsync().AsTask());
        return await RunAsync(port.GetPositionsAsync());
    }

    public async Task<IReadOnlyList<TableEntity>> AuditAsync() =>
        await Get<MitigationAuditStore>().ReadDayAsync(DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime));

    /// <summary>The audit, oldest first, one line per row (for failure messages).</summary>
    public async Task<string> DescribeAuditAsync() =>
        string.Join('\n', (await AuditAsync()).Reverse().Select(r => $"{r.GetString("Action")} {r.GetString("Step")} s{r.GetInt32("Stage")} {r.GetString("ClientOid")}: {r.GetString("Reason")}"))
        + "\norders: " + string.Join("; ", Orders.Select(o => $"{o.ClientOid} {o.Action} {o.Direction} {o.Size} {o.Status}"));

    public async Task<IReadOnlyList<string>> AuditActionsAsync() =>
        [.. (await AuditAsync()).Reverse().Select(r => r.GetString("Action")!)];

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Teams.DisposeAsync();
        await Webhook.DisposeAsync();
        await Sim.DisposeAsync();
    }

    private bool Idle() => Sim.Requests.Pending <= Sim.Faults.Holding;

    private async Task<bool> StillIdleAsync()
    {
        var seen = Sim.Requests.All.Count;
        await Task.Delay(2);
        return Idle() && Sim.Requests.All.Count == seen;
    }

    private static Dictionary<string, string?> Settings(BitgetSimulator simulator, string mode, IDictionary<string, string?>? extra)
    {
        var settings = simulator.AppSettings();
        settings["Sentinel:Mode"] = mode;
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return settings;
    }
}
