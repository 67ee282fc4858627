using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Sentinel.LocalHost.Tests.Support;

/// <summary>
/// The local host running a published app (the sample app, or Sentinel), with a fake clock (timers fire only when a
/// test moves it, or through the admin API), a recorded console and recorded outcomes.
/// </summary>
internal sealed class SampleHost : IAsyncDisposable
{
    public const string MasterKey = "test-master-key";
    public const string FunctionKey = "test-function-key";
    public static readonly DateTimeOffset Start = new(2026, 12, 2, 10, 0, 0, TimeSpan.Zero);

    private readonly ILoggerFactory _loggerFactory;

    private SampleHost(LocalFunctionsHost host, FakeTimeProvider time, RecordingLoggerProvider console, RecordingObserver outcomes, ILoggerFactory loggerFactory)
    {
        Host = host;
        Time = time;
        Console = console;
        Outcomes = outcomes;
        _loggerFactory = loggerFactory;
        Client = new HttpClient { BaseAddress = host.Address, Timeout = TestTimeouts.Guard };
    }

    public LocalFunctionsHost Host { get; }

    public FakeTimeProvider Time { get; }

    public RecordingLoggerProvider Console { get; }

    public RecordingObserver Outcomes { get; }

    public HttpClient Client { get; }

    public static Task<SampleHost> StartAsync(SampleAppFixture app) => StartAsync(app.AppDirectory, app.SettingsFile);

    public static async Task<SampleHost> StartAsync(string appDirectory, string settingsFile)
    {
        var time = new FakeTimeProvider(Start);
        var console = new RecordingLoggerProvider();
        var loggerFactory = LoggerFactory.Create(logging => logging.AddProvider(console).SetMinimumLevel(LogLevel.Information));
        var outcomes = new RecordingObserver();
        var options = new LocalHostOptions
        {
            AppDirectory = appDirectory,
            SettingsFile = settingsFile,
            Port = 0,
            MasterKey = MasterKey,
            FunctionKey = FunctionKey,
        };
        var host = await LocalFunctionsHost.StartAsync(options, time, loggerFactory, [outcomes]).WaitAsync(TestTimeouts.Guard);
        return new SampleHost(host, time, console, outcomes, loggerFactory);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
        _loggerFactory.Dispose();
    }
}
