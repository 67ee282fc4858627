using System.Net.Http.Json;
using System.Text;
using Functions.Tests.Hosting.Support;
using Functions.Tests.Monitoring.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Sentinel.Functions.Alerting;
using Sentinel.Functions.Exchange;
using Sentinel.Functions.Hosting;
using Sentinel.Functions.State;
using Sentinel.Functions.State.Tables;
using Sentinel.TestSupport;

namespace Functions.Tests.Alerting.Support;

/// <summary>
/// The whole app as Program builds it (SentinelApp.Build) on a free loopback port against Azurite, with a
/// <see cref="StubExchangePort"/> behind the exchange factory (the tick's own seam) or, given <c>exchange</c>
/// settings, the real Bitget adapter (for the simulator), and the Teams and webhook URLs pointing at <see cref="SwitchableReceiver"/>s. Functions are invoked
/// over HTTP as the Functions host would.
/// </summary>
internal sealed class AlertingApp : IAsyncDisposable
{
    public const string FunctionKey = "alerting-test-key-5e1d";
    public const string SigningKey = "test-signing-key-not-a-secret";

    private AlertingApp(WebApplication app, HttpClient client, StubExchangePort port, FakeTimeProvider clock)
    {
        App = app;
        Client = client;
        Port = port;
        Clock = clock;
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public StubExchangePort Port { get; }

    public FakeTimeProvider Clock { get; }

    public T Get<T>()
        where T : notnull => App.Services.GetRequiredService<T>();

    public static async Task ResetAsync(AzuriteFixture azurite)
    {
        var service = new TableServiceClient(azurite.ConnectionString);
        foreach (var table in StateTables.All)
        {
            await service.DeleteTableAsync(table);
        }
    }

    /// <summary>Starts the app on the tables as they are; <paramref name="clearRules"/> removes the seeded rules so a test's own rules are the only ones.</summary>
    public static async Task<AlertingApp> StartAsync(
        AzuriteFixture azurite, SwitchableReceiver? teams, SwitchableReceiver? webhook, FakeTimeProvider? clock = null, bool clearRules = true, StubExchangePort? port = null, IDictionary<string, string?>? exchange = null)
    {
        var listen = FreePort.Next();
        clock ??= new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero));
        port ??= new StubExchangePort();
        var settings = new Dictionary<string, string?>
        {
            [HostingOptions.CustomHandlerPortSetting] = listen.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [HostingOptions.FunctionKeySetting] = FunctionKey,
            ["State:ConnectionString"] = azurite.ConnectionString,
            ["Secrets:bitget-api-key"] = "test-key",
            ["Secrets:bitget-api-secret"] = "test-secret",
            ["Secrets:bitget-api-passphrase"] = "test-passphrase",
            ["Secrets:teams-webhook-url"] = teams?.Url.ToString(),
            ["Secrets:webhook-url"] = webhook?.Url.ToString(),
            ["Secrets:webhook-signing-key"] = webhook is null ? null : SigningKey,
            ["Notifications:TimeoutSeconds"] = "1",
        };
        foreach (var (key, value) in exchange ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var app = SentinelApp.Build([], builder =>
        {
            builder.Configuration.AddInMemoryCollection(settings);
            builder.Logging.ClearProviders();
            builder.Services.AddSingleton<TimeProvider>(clock);
            if (exchange is null)
            {
                builder.Services.AddSingleton<IExchangePortFactory>(new StubPortFactory(port));
            }
        });
        await app.StartAsync();
        var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{listen}") };
        client.DefaultRequestHeaders.Add("x-functions-key", FunctionKey);
        var started = new AlertingApp(app, client, port, clock);
        if (clearRules)
        {
            await started.RemoveAllRulesAsync();
        }

        return started;
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

    /// <summary>Invokes a timer function the way the Functions host does (<c>POST /{name}</c>) and checks it succeeded.</summary>
    public async Task InvokeAsync(string function)
    {
        using var response = await Client.PostAsync("/" + function, new StringContent(Samples.Read("timer-invocation.json"), Encoding.UTF8, "application/json"));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    public Task TickAsync() => InvokeAsync("MonitorTick");

    public Task DeliverAsync() => InvokeAsync("DeliverNotifications");

    public Task<T?> GetJsonAsync<T>(string path) => Client.GetFromJsonAsync<T>(path);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
