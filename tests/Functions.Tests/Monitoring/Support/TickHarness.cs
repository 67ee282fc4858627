using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Sentinel.Functions.Platform.Exchange;
using Sentinel.Functions.Monitoring;
using Sentinel.Functions.Platform.Telemetry;
using Sentinel.Functions.Platform.Secrets;
using Sentinel.Functions.Platform.State;
using Azure.Data.Tables;
using Sentinel.TestSupport;

namespace Functions.Tests.Monitoring.Support;

/// <summary>
/// The real monitoring services (real Table client on Azurite, real lease manager, fake clock) around a
/// <see cref="StubExchangePort"/>, or, with <c>realExchange</c>, the real Bitget adapter configured from settings.
/// Counts every storage request that leaves the Table client.
/// </summary>
internal sealed class TickHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private TickHarness(ServiceProvider services, StubExchangePort port, StorageTraffic storage, FakeTimeProvider clock)
    {
        _services = services;
        Port = port;
        Storage = storage;
        Clock = clock;
    }

    public StubExchangePort Port { get; }

    /// <summary>Every storage request that leaves the Table client, and its bytes both ways.</summary>
    public StorageTraffic Storage { get; }

    public FakeTimeProvider Clock { get; }

    public IServiceProvider Services => _services;

    public MonitorTick Tick => _services.GetRequiredService<MonitorTick>();

    public SnapshotStore Snapshots => _services.GetRequiredService<SnapshotStore>();

    public PriceHistoryStore History => _services.GetRequiredService<PriceHistoryStore>();

    public static async Task<TickHarness> StartAsync(
        AzuriteFixture azurite,
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configure = null,
        string? connectionString = null,
        FakeTimeProvider? clock = null,
        bool realExchange = false)
    {
        var values = new Dictionary<string, string?>
        {
            ["State:ConnectionString"] = connectionString ?? azurite.ConnectionString,
            [MonitorOptions.ScheduleSetting] = MonitorOptions.DefaultSchedule,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        clock ??= new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        var counter = new StorageTraffic();
        var port = new StubExchangePort();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Debug));
        services.AddMetrics();
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton<SentinelTelemetry>();
        services.AddTableState(configuration, o =>
        {
            o.AddPolicy(counter, Azure.Core.HttpPipelinePosition.PerRetry);
            o.Retry.MaxRetries = 0;
        });
        if (realExchange)
        {
            services.AddSecrets(configuration);
        }
        else
        {
            services.AddSingleton<IExchangePortFactory>(new StubPortFactory(port));
        }

        services.AddExchange(configuration);
        services.AddMonitoring(configuration);
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        if (connectionString is null)
        {
            await ResetTablesAsync(provider.GetRequiredService<TableServiceClient>());
        }

        return new TickHarness(provider, port, counter, clock);
    }

    public async Task<TableEntity?> RowAsync(string table, string partition, string row)
    {
        var found = await _services.GetRequiredService<TableServiceClient>().GetTableClient(table).GetEntityIfExistsAsync<TableEntity>(partition, row);
        return found.HasValue ? found.Value : null;
    }

    public async ValueTask DisposeAsync() => await _services.DisposeAsync();

    // Deleted, not emptied: every test's first tick runs against an account without the tick's tables.
    private static async Task ResetTablesAsync(TableServiceClient service)
    {
        foreach (var table in new[] { StateTables.Snapshots, StateTables.PriceHistory, StateTables.Leases })
        {
            await service.DeleteTableAsync(table);
        }
    }
}
