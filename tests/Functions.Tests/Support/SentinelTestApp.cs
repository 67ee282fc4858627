using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using Azure.Data.Tables;
using Functions.Tests.Hosting.Support;
using Functions.Tests.Monitoring.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Sentinel.Functions.Alerting;
using Sentinel.Functions.Notifications;
using Sentinel.Functions.Platform.Exchange;
using Sentinel.Functions.Platform.Invocation;
using Sentinel.Functions.Hosting;
using Sentinel.Functions.Monitoring;
using Sentinel.Functions.Platform.Secrets;
using Sentinel.Functions.Platform.State;
using Sentinel.TestSupport;

namespace Functions.Tests.Support;

/// <summary>
/// The one in-process app of this test project: the worker's own registrations (<see cref="SentinelApp.AddServices"/>)
/// on a real Kestrel loopback port, HTTP functions served by <see cref="FunctionRouter"/> from their attributes and
/// timer functions invoked with a <see cref="TimerInfo"/> as the host invokes them, both through the app's middleware.
/// Started from <see cref="SentinelTestAppOptions"/> (the whole app, the hosting layer alone or the monitoring feature
/// alone), or on Azurite with notification receivers and a stub or real exchange; plus the steps tests share (rules
/// through the API, JSON and row reads). Every test builds its app here: there is no other builder.
/// </summary>
internal sealed class SentinelTestApp : IAsyncDisposable
{
    public const string FunctionKey = "test-function-key-9f3c";
    public const string MasterKey = "test-master-key-41d0";
    public const string SigningKey = "test-signing-key-not-a-secret";

    private readonly WebApplication _app;
    private readonly FunctionCatalog _catalog;

    private SentinelTestApp(WebApplication app, FunctionCatalog catalog, HttpClient client, FakeTimeProvider clock, StubExchangePort port, RecordingLoggerProvider logs, StorageTraffic storage)
    {
        _app = app;
        _catalog = catalog;
        Client = client;
        Clock = clock;
        Port = port;
        Logs = logs;
        Storage = storage;
    }

    /// <summary>Calls the app; sends the function key unless the test removes the header.</summary>
    public HttpClient Client { get; }

    public FakeTimeProvider Clock { get; }

    public StubExchangePort Port { get; }

    public RecordingLoggerProvider Logs { get; }

    /// <summary>Every storage request that leaves the app's Table client, and its bytes both ways.</summary>
    public StorageTraffic Storage { get; }

    public IServiceProvider Services => _app.Services;

    public T Get<T>()
        where T : notnull => _app.Services.GetRequiredService<T>();

    /// <summary>The settings every app gets unless a test overrides them: the schedules' documented defaults and dry-run.</summary>
    public static IReadOnlyDictionary<string, string?> DefaultSettings { get; } = new Dictionary<string, string?>
    {
        [MonitorOptions.ScheduleSetting] = MonitorOptions.DefaultSchedule,
        [DeliverNotificationsFunction.ScheduleSetting] = DeliverNotificationsFunction.DefaultSchedule,
        [Sentinel.Functions.Streaming.StreamingOptions.ScheduleSetting] = Sentinel.Functions.Streaming.StreamingOptions.DefaultSchedule,
        ["Sentinel:Mode"] = "dry-run",
        ["Secrets:bitget-api-key"] = "test-key",
        ["Secrets:bitget-api-secret"] = "test-secret",
        ["Secrets:bitget-api-passphrase"] = "test-passphrase",
    };

    public static async Task<SentinelTestApp> StartAsync(SentinelTestAppOptions? options = null)
    {
        options ??= new SentinelTestAppOptions();
        var clock = options.Clock ?? new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        var port = options.Port ?? new StubExchangePort();
        var logs = new RecordingLoggerProvider();
        var storage = options.Storage ?? new StorageTraffic();
        var listen = FreePort.Next();
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{listen.ToString(CultureInfo.InvariantCulture)}");
        builder.Configuration.AddInMemoryCollection(Settings(options));
        builder.Logging.ClearProviders().SetMinimumLevel(LogLevel.Debug).AddProvider(logs);
        builder.Host.UseDefaultServiceProvider(o => o.ValidateOnBuild = true);
        builder.Services.AddSingleton<TimeProvider>(clock);
        AddScope(builder.Services, builder.Configuration, options.Scope);
        builder.Services.Configure<TableClientOptions>("Default", o =>
        {
            o.AddPolicy(storage, Azure.Core.HttpPipelinePosition.PerRetry);
            if (!options.StorageRetries)
            {
                o.Retry.MaxRetries = 0;
            }
        });

        if (!options.RealExchange)
        {
            builder.Services.AddSingleton<IExchangePortFactory>(new StubPortFactory(port));
        }

        options.Services?.Invoke(builder.Services);
        var app = builder.Build();
        var catalog = FunctionCatalog.App.With(options.ExtraFunctions);
        app.MapFunctions(catalog, FunctionKey, MasterKey);
        await app.StartAsync();
        await SeedingAsync(app.Services);
        var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{listen.ToString(CultureInfo.InvariantCulture)}") };
        client.DefaultRequestHeaders.Add("x-functions-key", FunctionKey);
        return new SentinelTestApp(app, catalog, client, clock, port, logs, storage);
    }

    /// <summary>Deletes the given state tables (all when none is named), so the next app starts without them (an empty rules table is seeded again).</summary>
    public static async Task ResetStateAsync(AzuriteFixture azurite, params IReadOnlyList<string> tables)
    {
        ArgumentNullException.ThrowIfNull(azurite);
        var service = new TableServiceClient(azurite.ConnectionString);
        foreach (var table in tables.Count == 0 ? StateTables.All : tables)
        {
            await service.DeleteTableAsync(table);
        }
    }

    /// <summary>
    /// The app on Azurite with the Teams and webhook URLs pointing at the receivers, and the stub exchange or, given
    /// <paramref name="exchange"/> settings, the real Bitget adapter (for the simulator). Starts on the tables as they
    /// are; <paramref name="clearRules"/> removes the seeded rules so a test's own rules are the only ones.
    /// </summary>
    public static async Task<SentinelTestApp> StartAsync(
        AzuriteFixture azurite, SwitchableReceiver? teams, SwitchableReceiver? webhook, FakeTimeProvider? clock = null, bool clearRules = true, StubExchangePort? port = null, IDictionary<string, string?>? exchange = null, StorageTraffic? storage = null, IDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Secrets:teams-webhook-url"] = teams?.Url.ToString(),
            ["Secrets:webhook-url"] = webhook?.Url.ToString(),
            ["Secrets:webhook-signing-key"] = webhook is null ? null : SigningKey,
            ["Notifications:TimeoutSeconds"] = "1",
        };
        foreach (var (key, value) in (exchange ?? new Dictionary<string, string?>()).Concat(settings ?? new Dictionary<string, string?>()))
        {
            all[key] = value;
        }

        var app = await StartAsync(new SentinelTestAppOptions
        {
            Azurite = azurite,
            Settings = all,
            Clock = clock ?? new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero)),
            Port = port,
            RealExchange = exchange is not null,
            Storage = storage,
        });
        if (clearRules)
        {
            await app.RemoveAllRulesAsync();
        }

        return app;
    }

    public async Task RemoveAllRulesAsync()
    {
        var store = Get<RuleStore>();
        foreach (var rule in await store.ListAsync())
        {
            await store.DeleteAsync(rule.Rule.Id!, rule.ETag);
        }
    }

    public async Task AddRuleAsync(string json)
    {
        using var response = await Client.PostAsync("/api/rules", new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    public Task<T?> GetJsonAsync<T>(string path) => Client.GetFromJsonAsync<T>(path);

    /// <summary>One stored row as the app's Table client reads it; null when it is not there.</summary>
    public async Task<TableEntity?> RowAsync(string table, string partition, string row)
    {
        var found = await Get<TableServiceClient>().GetTableClient(table).GetEntityIfExistsAsync<TableEntity>(partition, row);
        return found.HasValue ? found.Value : null;
    }

    /// <summary>Invokes a timer function as the host does (one invocation, its own scope, through the middleware); throws if it fails.</summary>
    public async Task InvokeTimerAsync(string name, bool pastDue = false)
    {
        var function = _catalog[name];
        if (function.Timer is null)
        {
            throw new InvalidOperationException($"{name} is not a timer function.");
        }

        var timer = new TimerInfo { IsPastDue = pastDue, ScheduleStatus = new ScheduleStatus { Last = Clock.GetUtcNow().UtcDateTime, Next = Clock.GetUtcNow().UtcDateTime } };
        await using var scope = _app.Services.CreateAsyncScope();
        var middleware = scope.ServiceProvider.GetRequiredService<InvocationMiddleware>();
        var info = new InvocationInfo(name, Guid.NewGuid().ToString(), "timer", pastDue);
        await middleware.RunAsync(info, null, () => function.InvokeAsync(scope.ServiceProvider, p =>
            p.ParameterType == typeof(TimerInfo) ? timer
            : p.ParameterType == typeof(CancellationToken) ? CancellationToken.None
            : throw new InvalidOperationException($"Cannot bind {p.Name} of {name}.")));
    }

    public Task TickAsync() => InvokeTimerAsync(MonitorTickFunction.Name);

    public Task DeliverAsync() => InvokeTimerAsync(DeliverNotificationsFunction.Name);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static void AddScope(IServiceCollection services, IConfiguration configuration, AppScope scope)
    {
        switch (scope)
        {
            case AppScope.HostingOnly:
                SentinelApp.AddHosting(services);
                break;
            case AppScope.MonitoringOnly:
                SentinelApp.AddHosting(services);
                services.AddTableState(configuration);
                services.AddSecrets(configuration);
                services.AddExchange(configuration);
                services.AddMonitoring(configuration);
                break;
            default:
                SentinelApp.AddServices(services, configuration);
                break;
        }
    }

    private static Dictionary<string, string?> Settings(SentinelTestAppOptions options)
    {
        var settings = new Dictionary<string, string?>(DefaultSettings, StringComparer.OrdinalIgnoreCase);
        if (options.Azurite is not null)
        {
            settings["State:ConnectionString"] = options.Azurite.ConnectionString;
        }

        foreach (var (key, value) in options.Settings)
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>The rule seed runs in the background after start; tests start from the seeded state, as before.</summary>
    private static async Task SeedingAsync(IServiceProvider services)
    {
        if (services.GetServices<IHostedService>().OfType<RuleSeedStartup>().SingleOrDefault()?.ExecuteTask is { } seeding)
        {
            await seeding;
        }
    }
}
