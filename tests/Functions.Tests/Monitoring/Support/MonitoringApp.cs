using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Sentinel.Functions.Exchange;
using Sentinel.Functions.Hosting;
using Sentinel.Functions.State;
using Sentinel.Functions.State.Tables;
using Sentinel.TestSupport;

namespace Functions.Tests.Monitoring.Support;

/// <summary>
/// The whole app as Program builds it (SentinelApp.Build: hosting, state, secrets, exchange, monitoring) on a
/// free loopback port, against Azurite, with a <see cref="StubExchangePort"/> behind the exchange factory.
/// </summary>
internal sealed class MonitoringApp : IAsyncDisposable
{
    public const string FunctionKey = "monitoring-test-key-31c7";

    private MonitoringApp(WebApplication app, HttpClient client, StubExchangePort port, FakeTimeProvider clock)
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

    public static async Task<MonitoringApp> StartAsync(AzuriteFixture azurite, HostingMode mode = HostingMode.CustomHandler)
    {
        var service = new TableServiceClient(azurite.ConnectionString);
        foreach (var table in new[] { StateTables.Snapshots, StateTables.PriceHistory, StateTables.Leases })
        {
            await service.DeleteTableAsync(table);
        }

        var port = FreePort.Next();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        var exchange = new StubExchangePort();
        var settings = new Dictionary<string, string?>
        {
            [HostingOptions.CustomHandlerPortSetting] = mode == HostingMode.CustomHandler ? port.ToString(System.Globalization.CultureInfo.InvariantCulture) : "",
            ["Hosting:StandaloneUrl"] = $"http://127.0.0.1:{port}",
            [HostingOptions.FunctionKeySetting] = FunctionKey,
            ["State:ConnectionString"] = azurite.ConnectionString,
            ["Secrets:bitget-api-key"] = "test-key",
            ["Secrets:bitget-api-secret"] = "test-secret",
            ["Secrets:bitget-api-passphrase"] = "test-passphrase",
        };
        var app = SentinelApp.Build([], builder =>
        {
            builder.Configuration.AddInMemoryCollection(settings);
            builder.Logging.ClearProviders();
            builder.Services.AddSingleton<TimeProvider>(clock);
            builder.Services.AddSingleton<IExchangePortFactory>(new StubPortFactory(exchange));
        });
        await app.StartAsync();
        var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        client.DefaultRequestHeaders.Add("x-functions-key", FunctionKey);
        return new MonitoringApp(app, client, exchange, clock);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
