using System.Text.Json;
using Bitget.Simulator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Sentinel.Functions.Alerting;
using Sentinel.Core.Alerts;
using Sentinel.Functions.Hosting;
using Sentinel.Functions.Monitoring;
using Sentinel.Functions.Streaming;
using Sentinel.TestSupport;
using SimSide = Bitget.Simulator.Accounts.PositionSide;

namespace Sentinel.Benchmarks.Streaming;

/// <summary>
/// The whole app's registrations (<see cref="SentinelApp.AddServices"/>) on Azurite, the simulator over loopback REST
/// and WebSocket, and a loopback webhook receiver, on the system clock: one polling tick stores the snapshot, then the
/// streaming watch runs back to back in the background as its timer would run it.
/// </summary>
internal sealed class ReactionRig : IAsyncDisposable
{
    private const string Symbol = "BTCUSDT";
    private readonly AzuriteFixture _azurite;
    private readonly BitgetSimulator _simulator;
    private readonly AlertReceiver _receiver;
    private readonly ServiceProvider _services;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _watching;
    private readonly decimal _normal;
    private StoredRule? _rule;
    private int _round;

    private ReactionRig(AzuriteFixture azurite, BitgetSimulator simulator, AlertReceiver receiver, ServiceProvider services)
    {
        _azurite = azurite;
        _simulator = simulator;
        _receiver = receiver;
        _services = services;
        _normal = simulator.Prices.Last(Symbol);
        State = services.GetRequiredService<StreamState>();
        var watch = services.GetRequiredService<StreamingWatch>();
        _watching = Task.Run(async () =>
        {
            while (!_stop.IsCancellationRequested)
            {
                try
                {
                    await watch.RunAsync(_stop.Token);
                }
                catch (OperationCanceledException) when (_stop.IsCancellationRequested)
                {
                    // Disposing.
                }
            }
        });
    }

    public StreamState State { get; }

    /// <summary>REST requests the simulator received (all paths).</summary>
    public int RestRequests => _simulator.Requests.All.Count;

    public static async Task<ReactionRig> StartAsync()
    {
        var azurite = new AzuriteFixture();
        await azurite.InitializeAsync();
        var simulator = await BitgetSimulator.StartAsync(new SimulatorOptions { EnforceRateLimits = false });
        simulator.SeedPosition(Symbol, SimSide.Long, 0.1m, simulator.Prices.Last(Symbol));
        var receiver = await AlertReceiver.StartAsync();
        var services = BuildServices(azurite.ConnectionString, simulator, receiver);
        foreach (var rule in await services.GetRequiredService<RuleStore>().ListAsync())
        {
            await services.GetRequiredService<RuleStore>().DeleteAsync(rule.Rule.Id!, rule.ETag);
        }

        await services.GetRequiredService<MonitorTick>().RunAsync();
        return new ReactionRig(azurite, simulator, receiver, services);
    }

    /// <summary>Back to the normal price with a fresh rule (so each round fires a new episode), evaluated by the stream before the round starts.</summary>
    public async Task PrepareRoundAsync()
    {
        var rules = _services.GetRequiredService<RuleStore>();
        if (_rule is { } previous)
        {
            await rules.DeleteAsync(previous.Rule.Id!, (await rules.FindAsync(previous.Rule.Id!))!.ETag);
        }

        _simulator.Prices.Set(Symbol, _normal);
        var json = $$"""{"id":"crash-{{++_round}}","type":"price_below","symbols":["{{Symbol}}"],"threshold":{{_normal * 0.9m}},"clear":{{_normal * 0.95m}},"severity":"critical","channels":["webhook"]}""";
        _rule = await rules.AddAsync(JsonSerializer.Deserialize(json, AlertRulesJsonContext.Default.AlertRuleDocument)!);
        var evaluated = State.Evaluations;
        _simulator.Prices.Set(Symbol, _normal * 1.0001m);
        while (State.Evaluations == evaluated || State.Mode != StreamMode.Streaming)
        {
            await Task.Delay(1);
        }
    }

    /// <summary>The price step; completes when the webhook receiver has the firing alert of this round's rule.</summary>
    public Task CrashAsync()
    {
        var firing = _receiver.FiringOf(_rule!.Rule.Id!);
        _simulator.Prices.Set(Symbol, _normal * 0.8m);
        return firing;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _watching;
        await _services.DisposeAsync();
        await _receiver.DisposeAsync();
        await _simulator.DisposeAsync();
        await _azurite.DisposeAsync();
        _stop.Dispose();
    }

    private static ServiceProvider BuildServices(string connectionString, BitgetSimulator simulator, AlertReceiver receiver)
    {
        var settings = SimulatorSettings.For(connectionString, simulator);
        settings["Secrets:webhook-url"] = receiver.Url.ToString();
        settings["Secrets:webhook-signing-key"] = "bench-signing-key-not-a-secret";
        settings["Sentinel:Mode"] = "dry-run";
        settings["Streaming:Enabled"] = "true";
        settings["Streaming:BaseAddress"] = simulator.StreamAddress.ToString();
        settings[MonitorOptions.ScheduleSetting] = MonitorOptions.DefaultSchedule;
        settings["DELIVERY_SCHEDULE"] = "*/15 * * * * *";
        settings[StreamingOptions.ScheduleSetting] = StreamingOptions.DefaultSchedule;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddMetrics();
        services.AddSingleton<IConfiguration>(configuration);
        SentinelApp.AddServices(services, configuration);
        return services.BuildServiceProvider();
    }
}
