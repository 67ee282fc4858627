using Azure.Core;
using Azure.Core.Pipeline;
using Bitget.Client;
using Bitget.Client.Credentials;
using Bitget.Client.Exchange;
using Bitget.Simulator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Sentinel.Functions.Exchange;
using Sentinel.Functions.Monitoring;
using Sentinel.Functions.Observability;
using Sentinel.Functions.State;
using Sentinel.TestSupport;
using SimContract = Bitget.Simulator.Market.ContractSpec;
using SimSide = Bitget.Simulator.Accounts.PositionSide;

namespace Sentinel.Benchmarks.Monitoring;

/// <summary>Azurite + the Bitget simulator (200 contracts, 50 positions) over loopback + the real monitoring tick.</summary>
internal sealed class TickRig : IAsyncDisposable
{
    public const int Symbols = 200;
    public const int Positions = 50;

    private readonly AzuriteFixture _azurite;
    private readonly BitgetSimulator _simulator;
    private readonly BitgetClient _client;
    private readonly ServiceProvider _services;

    private TickRig(AzuriteFixture azurite, BitgetSimulator simulator, BitgetClient client, ServiceProvider services, RequestCounter storage)
    {
        Port = services.GetRequiredService<IExchangePortFactory>().Create(AccountKind.Classic);
        _azurite = azurite;
        _simulator = simulator;
        _client = client;
        _services = services;
        StorageRequests = storage;
        Tick = services.GetRequiredService<MonitorTick>();
    }

    public MonitorTick Tick { get; }

    /// <summary>The exchange read alone (to split a tick's time between exchange and storage).</summary>
    public IExchangePort Port { get; }

    public RequestCounter StorageRequests { get; }

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

        var account = simulator.Options.Accounts[0];
        var client = new BitgetClient(
            new BitgetClientOptions { BaseAddress = simulator.BaseAddress },
            new StaticCredentialsProvider(new BitgetCredentials(account.ApiKey, account.Secret, account.Passphrase)));
        var storage = new RequestCounter();
        var services = BuildServices(azurite.ConnectionString, new ClientReadPort(client, TimeProvider.System), storage);
        await services.GetRequiredService<TableStateHealth>().CheckAsync();
        return new TickRig(azurite, simulator, client, services, storage);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        _client.Dispose();
        await _simulator.DisposeAsync();
        await _azurite.DisposeAsync();
    }

    private static ServiceProvider BuildServices(string connectionString, IExchangePort port, RequestCounter storage)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["State:ConnectionString"] = connectionString,
            [MonitorOptions.ScheduleSetting] = MonitorOptions.DefaultSchedule,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddMetrics();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<SentinelTelemetry>();
        services.AddTableState(configuration, o => o.AddPolicy(storage, HttpPipelinePosition.PerRetry));
        services.AddExchange(configuration);
        services.AddMonitoring(configuration);
        services.AddSingleton<IExchangePortFactory>(new SinglePortFactory(port));
        return services.BuildServiceProvider();
    }

    /// <summary>Counts storage requests that leave the Table client.</summary>
    internal sealed class RequestCounter : HttpPipelineSynchronousPolicy
    {
        private int _count;

        public int Count => _count;

        public override void OnSendingRequest(HttpMessage message) => Interlocked.Increment(ref _count);
    }

    private sealed class SinglePortFactory(IExchangePort port) : IExchangePortFactory
    {
        public IExchangePort Create(AccountKind kind) => port;

        public Task<AccountKind> DetectAccountKindAsync(CancellationToken cancellationToken = default) => Task.FromResult(port.AccountKind);
    }
}
