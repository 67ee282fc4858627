using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Reflection;
using Sentinel.TestSupport;

namespace Sentinel.Drills.Support;

/// <summary>
/// The whole stack as an operator runs it, each part a real process on loopback: Azurite on disk (so it can be
/// stopped and started again with its data), the Bitget simulator, the drills' webhook receiver, and the published
/// Sentinel worker under tools/Functions.LocalHost with short schedules. Sentinel is a black box here: only its
/// HTTP API, its app settings and the admin API are used, never its types.
/// </summary>
public sealed class RealStackFixture : IAsyncLifetime
{
    /// <summary>The tick's schedule: every 3 s, so a drill sees many ticks in a few seconds.</summary>
    public static readonly TimeSpan TickInterval = TimeSpan.FromSeconds(3);
    public static readonly TimeSpan DeliveryInterval = TimeSpan.FromSeconds(2);
    public const string FunctionKey = "drill-function-key";
    public const string MasterKey = "drill-master-key";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "sentinel-drills-" + Guid.NewGuid().ToString("N"));
    private ChildProcess? _simulator;
    private ChildProcess? _host;
    private int _simulatorPort;
    private Dictionary<string, string> _settings = [];

    internal AzuriteFixture Azurite { get; private set; } = null!;

    internal WebhookReceiver Receiver { get; private set; } = null!;

    internal int HostPort { get; private set; }

    internal HttpClient Api { get; private set; } = null!;

    internal HttpClient Simulator { get; private set; } = null!;

    private static string Configuration => typeof(RealStackFixture).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "Configuration").Value!;

    private string AppDirectory => Path.Combine(_root, "app");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_root);
        var publish = PublishAsync();
        Azurite = AzuriteFixture.OnDisk(Path.Combine(_root, "azurite"));
        await Azurite.InitializeAsync();
        Receiver = await WebhookReceiver.StartAsync();
        StartSimulator();
        await WaitUntilAnswersAsync(Simulator, "api/v2/public/time", _simulator!, "the simulator");
        await publish;

        HostPort = FreePort.Next();
        Api = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{HostPort}/"), Timeout = TimeSpan.FromSeconds(30) };
        Api.DefaultRequestHeaders.Add("x-functions-key", FunctionKey);
        _settings = Settings();
        await StartHostAsync();
    }

    public async Task DisposeAsync()
    {
        _host?.Dispose();
        _simulator?.Dispose();
        await Receiver.DisposeAsync();
        await Azurite.DisposeAsync();
        Api.Dispose();
        Simulator.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    /// <summary>SIGKILL to the local host and its worker: nothing is released, flushed or said goodbye to.</summary>
    internal void KillHost() => _host!.Kill();

    /// <summary>Starts the local host (and so the worker) again on the same port and settings; returns once it answers HTTP.</summary>
    internal async Task StartHostAsync()
    {
        _host?.Dispose();
        var localHost = RepositoryRoot.Combine("tools", "Functions.LocalHost", "bin", Configuration, "net10.0", "Sentinel.LocalHost.dll");
        var environment = new Dictionary<string, string>(_settings)
        {
            ["LocalHost__MasterKey"] = MasterKey,
            ["LocalHost__FunctionKey"] = FunctionKey,
        };
        _host = ChildProcess.StartDotnet(localHost, ["--app", AppDirectory, "--port", HostPort.ToString(CultureInfo.InvariantCulture)], environment);
        await WaitUntilAnswersAsync(Api, "api/health", _host, "the local host");
    }

    internal string HostConsole => _host?.Console ?? "";

    /// <summary>Sets BTCUSDT's last and mark price on the simulator (stops any price script).</summary>
    private async Task SetPriceAsync(decimal price)
    {
        using var response = await Simulator.PostAsJsonAsync("sim/prices", new { symbol = "BTCUSDT", price });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>
    /// Puts BTC at 60,000 and stores a fresh <c>price_below</c> 55,000 rule on the webhook channel, starts an observer
    /// and waits for a tick that has the rule: the drill then crashes the price to 50,000 whenever its fault needs.
    /// </summary>
    internal async Task<(string RuleId, Observer Observer)> ArmAsync(string drill)
    {
        var ruleId = $"drill-{drill}-{Guid.NewGuid().ToString("N")[..8]}";
        await SetPriceAsync(60_000m);
        await AddRuleAsync(ruleId, below: 55_000m);
        var observer = new Observer(Api);
        await Drill.AwaitTickAfterAsync(observer, DateTimeOffset.UtcNow);
        return (ruleId, observer);
    }

    internal Task CrashAsync() => SetPriceAsync(50_000m);

    private async Task AddRuleAsync(string id, decimal below)
    {
        using var response = await Api.PostAsJsonAsync("api/rules", new
        {
            id,
            type = "price_below",
            symbols = new[] { "BTCUSDT" },
            threshold = below,
            severity = "critical",
            channels = new[] { "webhook" },
        });
        Assert.True(response.IsSuccessStatusCode, $"POST /api/rules {id}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>Every exchange route answers 503 (a gateway page) until <see cref="ClearExchangeFaultsAsync"/>.</summary>
    internal async Task BreakExchangeAsync()
    {
        using var response = await Simulator.PostAsJsonAsync("sim/faults", new { path = "/api/*", kind = "ServerError", times = (int?)null });
        response.EnsureSuccessStatusCode();
    }

    internal async Task ClearExchangeFaultsAsync()
    {
        using var response = await Simulator.DeleteAsync("sim/faults");
        response.EnsureSuccessStatusCode();
    }

    private Dictionary<string, string> Settings() => new()
    {
        ["FUNCTIONS_WORKER_RUNTIME"] = "dotnet-isolated",
        ["AzureWebJobsStorage"] = Azurite.ConnectionString,
        ["MONITOR_SCHEDULE"] = $"*/{TickInterval.TotalSeconds} * * * * *",
        ["DELIVERY_SCHEDULE"] = $"*/{DeliveryInterval.TotalSeconds} * * * * *",
        ["STREAMING_SCHEDULE"] = "0 0 * * * *",
        ["Streaming__Enabled"] = "false",
        ["Sentinel__Mode"] = "off",
        ["Bitget__BaseAddress"] = $"http://127.0.0.1:{_simulatorPort}",
        ["Bitget__AccountKind"] = "classic",
        ["State__ConnectionString"] = Azurite.ConnectionString,
        ["Secrets__bitget-api-key"] = "sim-key",
        ["Secrets__bitget-api-secret"] = "sim-secret",
        ["Secrets__bitget-api-passphrase"] = "sim-passphrase",
        ["Secrets__teams-webhook-url"] = new Uri(Receiver.Address, "teams").ToString(),
        ["Secrets__webhook-url"] = new Uri(Receiver.Address, "webhook").ToString(),
        ["Secrets__webhook-signing-key"] = "drill-signing-key",
        // Short delivery figures so a fault of a few seconds is retried within the drill: attempts cut off after 2 s,
        // retried 1–2 s later, not dead-lettered within a drill, and health degraded once a row has waited 10 s (the shortest the app accepts).
        ["Delivery__AttemptTimeout"] = "00:00:02",
        ["Notifications__TimeoutSeconds"] = "2",
        ["Delivery__InitialBackoff"] = "00:00:01",
        ["Delivery__MaxBackoff"] = "00:00:02",
        ["Delivery__MaxAttempts"] = "100",
        ["Delivery__PendingDegradedAfter"] = "00:00:10",
        ["Hosting__HealthProbeTimeout"] = "00:00:02",
        ["Logging__LogLevel__Default"] = "Warning",
    };

    private void StartSimulator()
    {
        _simulatorPort = FreePort.Next();
        var simulator = RepositoryRoot.Combine("tools", "Bitget.Simulator", "bin", Configuration, "net10.0", "Bitget.Simulator.dll");
        _simulator = ChildProcess.StartDotnet(simulator, ["--url", $"http://127.0.0.1:{_simulatorPort}", "--no-rate-limits"], new Dictionary<string, string>());
        Simulator = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{_simulatorPort}/"), Timeout = TimeSpan.FromSeconds(10) };
    }

    private Task PublishAsync() => DotnetPublish.RunAsync(RepositoryRoot.Combine("src", "Functions", "Functions.csproj"), Configuration, AppDirectory);

    private static async Task WaitUntilAnswersAsync(HttpClient client, string path, ChildProcess process, string what)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{what} exited before answering:{Environment.NewLine}{process.Console}");
            }

            try
            {
                using var response = await client.GetAsync(path);
                return;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(200);
            }
        }

        throw new TimeoutException($"{what} did not answer within 90 s:{Environment.NewLine}{process.Console}");
    }
}

[CollectionDefinition(Name)]
public sealed class RealStackDrills : ICollectionFixture<RealStackFixture>
{
    public const string Name = "Fault drills on the real stack";
}
