using System.Net;
using System.Net.Http;
using Google.Protobuf.WellKnownTypes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Sentinel.LocalHost.Admin;
using Sentinel.LocalHost.App;
using Sentinel.LocalHost.Functions;
using Sentinel.LocalHost.Http;
using Sentinel.LocalHost.Timers;
using Sentinel.LocalHost.Worker;
using Sentinel.LocalHost.Worker.Rpc;
using Yarp.ReverseProxy.Forwarder;

namespace Sentinel.LocalHost;

/// <summary>
/// What <c>func start</c> does for a published isolated worker: start the worker, initialise it over the gRPC
/// stream, load its functions from its own metadata, then serve their HTTP routes and fire their timers.
/// </summary>
internal sealed class LocalFunctionsHost : IAsyncDisposable
{
    private readonly LocalHostOptions _options;
    private readonly WorkerChannel _channel;
    private readonly WorkerProcess _worker;
    private readonly RpcServer _rpc;
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;
    private TimerScheduler? _timers;
    private HttpFrontEnd? _http;
    private HttpMessageInvoker? _workerClient;
    private int _stopped;

    private LocalFunctionsHost(LocalHostOptions options, WorkerChannel channel, WorkerProcess worker, RpcServer rpc, TimeProvider timeProvider, ILogger logger)
    {
        _timeProvider = timeProvider;
        _options = options;
        _channel = channel;
        _worker = worker;
        _rpc = rpc;
        _logger = logger;
    }

    /// <summary>Where callers reach the functions (http://127.0.0.1:port/).</summary>
    public Uri Address => _http?.Address ?? throw new InvalidOperationException("The host has not started.");

    public IReadOnlyList<HostedFunction> Functions { get; private set; } = [];

    /// <summary>Completes with the worker's exit code when its process exits, whether asked to or not.</summary>
    public Task<int> WorkerExited => _worker.Exited;

    public static async Task<LocalFunctionsHost> StartAsync(
        LocalHostOptions options, TimeProvider timeProvider, ILoggerFactory loggerFactory, IReadOnlyList<IInvocationObserver> observers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        var app = PublishedApp.Load(options.AppDirectory);
        var settings = AppSettings.Load(options.SettingsFile ?? DefaultSettingsFile(app), AppSettings.ProcessEnvironment());
        var logs = new WorkerLogs(loggerFactory);
        var channel = new WorkerChannel(Guid.NewGuid().ToString(), logs);
        var rpc = await RpcServer.StartAsync(channel, loggerFactory, cancellationToken);
        var start = WorkerLaunch.Create(app, settings, rpc.Endpoint, channel.WorkerId, Guid.NewGuid().ToString());
        var worker = WorkerProcess.Start(start, logs);
        var host = new LocalFunctionsHost(options, channel, worker, rpc, timeProvider, loggerFactory.CreateLogger("Host"));
        try
        {
            await host.InitialiseAsync(app, settings, timeProvider, loggerFactory, observers, cancellationToken);
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    /// <summary>Stops taking requests and timers, sends WorkerTerminate and waits for the worker to exit (killing it after the grace period).</summary>
    public async Task<int> StopAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return await _worker.Exited;
        }

        if (_http is not null)
        {
            await _http.DisposeAsync();
        }

        if (_timers is not null)
        {
            await _timers.DisposeAsync();
        }

        _channel.Post(new StreamingMessage { WorkerTerminate = new WorkerTerminate { GracePeriod = Duration.FromTimeSpan(_options.TerminateGracePeriod) } });
        var exited = await Task.WhenAny(_worker.Exited, Task.Delay(_options.TerminateGracePeriod, _timeProvider));
        if (exited != _worker.Exited)
        {
            _logger.LogWarning("The worker did not exit within {Grace}; killing it", _options.TerminateGracePeriod);
            _worker.Kill();
        }

        var code = await _worker.Exited;
        _logger.LogInformation("Worker exited with code {ExitCode}", code);
        return code;
    }

    public async ValueTask DisposeAsync()
    {
        if (_stopped == 0 && _http is not null)
        {
            await StopAsync();
        }

        _worker.Dispose();
        await _rpc.DisposeAsync();
        _workerClient?.Dispose();
    }

    private static string? DefaultSettingsFile(PublishedApp app)
    {
        var path = Path.Combine(app.Directory, "local.settings.json");
        return File.Exists(path) ? path : null;
    }

    private async Task InitialiseAsync(
        PublishedApp app, AppSettings settings, TimeProvider timeProvider, ILoggerFactory loggerFactory, IReadOnlyList<IInvocationObserver> observers, CancellationToken cancellationToken)
    {
        using var startTimeout = new CancellationTokenSource(_options.StartTimeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, startTimeout.Token);
        var handshake = WorkerHandshake.RunAsync(_channel, app, linked.Token);
        if (await Task.WhenAny(handshake, _worker.Exited) == _worker.Exited)
        {
            throw new LocalHostConfigurationException($"The worker exited with code {await _worker.Exited} before it loaded its functions; its output is above.");
        }

        IReadOnlyList<HostedFunction> functions;
        Uri? httpUri;
        try
        {
            (functions, httpUri) = await handshake;
        }
        catch (OperationCanceledException) when (startTimeout.IsCancellationRequested)
        {
            throw new LocalHostConfigurationException($"The worker did not connect and load its functions within {_options.StartTimeout}.");
        }

        Functions = functions;

        var invoker = new FunctionInvoker(_channel, timeProvider, [new InvocationConsoleLog(loggerFactory), .. observers]);
        var timers = functions.Where(function => function.Trigger is TimerTrigger)
            .Select(function => new TimerFunction(function, TimerSchedule.Parse(function.Name, ((TimerTrigger)function.Trigger).Schedule, settings), invoker, timeProvider))
            .ToList();
        var keys = new FunctionKeys(_options.MasterKey, _options.FunctionKey);
        _timers = new TimerScheduler(timers, timeProvider, loggerFactory.CreateLogger<TimerScheduler>());
        var admin = new AdminApi(functions, _timers, invoker, keys, timeProvider);
        _workerClient = new HttpMessageInvoker(new SocketsHttpHandler
        {
            UseProxy = false,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
        });
        var workerClient = _workerClient;
        _http = await HttpFrontEnd.StartAsync(
            _options.Port, app.RoutePrefix, functions,
            services => new HttpFunctionProxy(services.GetRequiredService<IHttpForwarder>(), workerClient, httpUri ?? new Uri("http://127.0.0.1/"), invoker, keys),
            admin.Map, loggerFactory, cancellationToken);
        _timers.Start();
        StartupReport.Write(_logger, Address, app.RoutePrefix, functions, timers, keys, timeProvider);
    }
}
