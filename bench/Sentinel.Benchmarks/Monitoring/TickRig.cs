using Azure.Core;
using Bitget.Client.Exchange;
using Bitget.Simulator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Sentinel.Functions.Platform.Exchange;
using Sentinel.Functions.Monitoring;
using Sentinel.Functions.Platform.Telemetry;
using Sentinel.Functions.Platform.Secrets;
using Sentinel.Functions.Platform.State;
using Sentinel.TestSupport;
using SimContract = Bitget.Simulator.Market.ContractSpec;
using SimSide = Bitget.Simulator.Accounts.PositionSide;

namespace Sentinel.Benchmarks.Monitoring;

/// <summary>
/// Azurite (empty: the first tick creates the tables) + the Bitget simulator (200 contracts, 50 positions) over
/// loopback + the real monitoring tick, reading through the real adapter (BitgetExchangePortFactory, account kind
/// auto-detected once at start).
/// </summary>
internal sealed class TickRig : IAsyncDisposable
{
    public const int Symbols = 200;
    public const int Positions = 50;

    private readonly AzuriteFixture _azurite;
    private readonly BitgetSimulator _simulator;
    private readonly ServiceProvider _services;

    private TickRig(AzuriteFixture azurite, BitgetSimulator simulator, ServiceProvider services, StorageTraffic storage)
    {
        Port = services.GetRequiredService<IExchangePortFactory>().Create(AccountKind.Classic);
        _azurite = azurite;
        _simulator = simulator;
        _services = services;
        Storage = storage;
        Tick = services.GetRequiredService<MonitorTick>();
    }

    public MonitorTick Tick { get; }

    /// <summary>The exchange read alone (to split a tick's time between exchange and storage).</summary>
    public IExchangePort Port { get; }

    /// <summary>Storage requests and bytes that left the Table client.</summary>
    public StorageTraffic Storage { get; }

    /// <summary>Requests the simulator has received (all paths).</summary>
    public int ExchangeRequests => _simulator.Requests.All.Count;

    public static async Task<TickRig> StartAsync()
    {
        var azurite = new AzuriteFixture();
        await azurite.InitializeAsync();
        var simulator = await BitgetSimulator.StartAsync(new SimulatorOptions
        {
            EnforceRateLimits = false,
            Contracts = Enumerable.Range(0, Symbols).Select(i => new SimContract($"S{i:000}USDT", $"S{i:000}", 100m + i)).ToList(),
        });
        for (var i = 0; i < Positions; i++)
        {
            simulator.SeedPosition($"S{i:000}USDT", i % 2 == 0 ? SimSide.Long : SimSide.Short, 1m, 100m + i);
        }

        var storage = new StorageTraffic();
        var services = BuildServices(azurite.ConnectionString, simulator, storage);
        await services.GetRequiredService<ExchangePortProvider>().GetAsync();
        return new TickRig(azurite, simulator, services, storage);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _simulator.DisposeAsync();
        await _azurite.DisposeAsync();
    }

    private static ServiceProvider BuildServices(string connectionString, BitgetSimulator simulator, StorageTraffic storage)
    {
        var settings = SimulatorSettings.For(connectionString, simulator);
        settings[MonitorOptions.ScheduleSetting] = MonitorOptions.DefaultSchedule;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddMetrics();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<SentinelTelemetry>();
        services.AddTableState(configuration, o => o.AddPolicy(storage, HttpPipelinePosition.PerRetry));
        services.AddSecrets(configuration);
        services.AddExchange(configuration);
        services.AddMonitoring(configuration);
        return services.BuildServiceProvider();
    }
}
