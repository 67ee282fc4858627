using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Sentinel.Functions.Hosting;
using Sentinel.TestSupport;

namespace Functions.Tests.Hosting.Support;

/// <summary>The real hosting layer (no features) on a free loopback port (real Kestrel), in either hosting mode.</summary>
public sealed class TestApp : IAsyncDisposable
{
    public const string FunctionKey = "test-function-key-9f3c";

    private TestApp(WebApplication app, HttpClient client, RecordingLoggerProvider logs)
    {
        App = app;
        Client = client;
        Logs = logs;
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public RecordingLoggerProvider Logs { get; }

    public IServiceProvider Services => App.Services;

    public static WebApplication Build(
        HostingMode mode,
        int port,
        Action<WebApplication>? map = null,
        IDictionary<string, string?>? settings = null,
        TimeProvider? timeProvider = null,
        RecordingLoggerProvider? logs = null,
        Action<WebApplicationBuilder>? configure = null)
    {
        var configuration = new Dictionary<string, string?>
        {
            [HostingOptions.CustomHandlerPortSetting] = mode == HostingMode.CustomHandler ? port.ToString(System.Globalization.CultureInfo.InvariantCulture) : "",
            ["Hosting:StandaloneUrl"] = $"http://127.0.0.1:{port}",
            [HostingOptions.FunctionKeySetting] = FunctionKey,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        return SentinelApp.BuildHostingOnly(
            [],
            builder =>
            {
                builder.Configuration.AddInMemoryCollection(configuration);
                builder.Logging.ClearProviders();
                builder.Logging.SetMinimumLevel(LogLevel.Debug);
                if (logs is not null)
                {
                    builder.Logging.AddProvider(logs);
                }

                if (timeProvider is not null)
                {
                    builder.Services.AddSingleton(timeProvider);
                }

                configure?.Invoke(builder);
            },
            map);
    }

    public static async Task<TestApp> StartAsync(
        HostingMode mode,
        Action<WebApplication>? map = null,
        IDictionary<string, string?>? settings = null,
        TimeProvider? timeProvider = null,
        Action<WebApplicationBuilder>? configure = null,
        Action<WebApplication>? beforeStart = null)
    {
        var port = FreePort.Next();
        var logs = new RecordingLoggerProvider();
        var app = Build(mode, port, map, settings, timeProvider, logs, configure);
        beforeStart?.Invoke(app);
        await app.StartAsync();
        return new TestApp(app, new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") }, logs);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
