using System.Net.Http.Json;
using System.Text;
using Azure.Data.Tables;
using Functions.Tests.Monitoring.Support;
using Functions.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Sentinel.Functions.Alerting;
using Sentinel.Functions.State;
using Sentinel.TestSupport;

namespace Functions.Tests.Alerting.Support;

/// <summary>
/// The app (<see cref="SentinelTestApp"/>) on Azurite with the Teams and webhook URLs pointing at
/// <see cref="SwitchableReceiver"/>s, and a <see cref="StubExchangePort"/> behind the exchange factory or, given
/// <c>exchange</c> settings, the real Bitget adapter (for the simulator); plus the alerting steps tests share.
/// </summary>
internal static class AlertingApp
{
    public const string SigningKey = "test-signing-key-not-a-secret";

    public static async Task ResetAsync(AzuriteFixture azurite)
    {
        var service = new TableServiceClient(azurite.ConnectionString);
        foreach (var table in StateTables.All)
        {
            await service.DeleteTableAsync(table);
        }
    }

    /// <summary>Starts the app on the tables as they are; <paramref name="clearRules"/> removes the seeded rules so a test's own rules are the only ones.</summary>
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

        var app = await SentinelTestApp.StartAsync(new SentinelTestAppOptions
        {
            Azurite = azurite,
            Settings = all,
            Clock = clock ?? new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero)),
            Port = port,
            RealExchange = exchange is not null,
            Services = storage is null ? null : services => services.Configure<TableClientOptions>("Default", o => o.AddPolicy(storage, Azure.Core.HttpPipelinePosition.PerRetry)),
        });
        if (clearRules)
        {
            await app.RemoveAllRulesAsync();
        }

        return app;
    }

    public static async Task RemoveAllRulesAsync(this SentinelTestApp app)
    {
        var store = app.Get<RuleStore>();
        foreach (var rule in await store.ListAsync())
        {
            await store.DeleteAsync(rule.Rule.Id!, rule.ETag);
        }
    }

    public static async Task AddRuleAsync(this SentinelTestApp app, string json)
    {
        using var response = await app.Client.PostAsync("/api/rules", new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    public static Task<T?> GetJsonAsync<T>(this SentinelTestApp app, string path) => app.Client.GetFromJsonAsync<T>(path);
}
