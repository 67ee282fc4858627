using System.Text.Json;
using Sentinel.Functions.Hosting.Declarations;
using Sentinel.Functions.Hosting.Invocation;
using Sentinel.Functions.Observability;

namespace Sentinel.Functions.Hosting.Timers;

/// <summary>
/// Standalone mode's stand-in for the Functions host's timer trigger: resolves every timer function's
/// schedule at start (a bad expression or a missing app setting stops the app with a clear message),
/// then fires each one through <see cref="TimerInvoker"/> with the same payload the host would send.
/// </summary>
public sealed class TimerScheduler(
    DeclaredFunctions functions,
    TimerInvoker invoker,
    IConfiguration configuration,
    TimeProvider timeProvider,
    SentinelTelemetry telemetry,
    ILoggerFactory loggerFactory) : BackgroundService
{
    private readonly ILogger _logger = loggerFactory.CreateLogger<TimerScheduler>();
    private List<ScheduledTimerLoop> _loops = [];

    /// <summary>Raised when a function's loop has armed its timer for <c>due</c>.</summary>
    public event Action<string, DateTimeOffset>? Waiting;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        var catalog = functions.GetCatalog();
        _loops = catalog.Timers.Select(CreateLoop).ToList();
        return base.StartAsync(cancellationToken);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(_loops.Select(loop => Task.Run(() => loop.RunAsync(stoppingToken), CancellationToken.None)));

    private ScheduledTimerLoop CreateLoop(TimerFunction function)
    {
        var schedule = TimerSchedule.Resolve(function.Name, function.Metadata.Schedule, configuration);
        _logger.LogInformation("Timer function {FunctionName} scheduled by '{Schedule}' (UTC)", function.Name, schedule.Expression);
        var loop = new ScheduledTimerLoop(
            function.Name,
            schedule,
            (timer, cancellationToken) => invoker.InvokeAsync(function, ToRequest(function, timer), InvocationIds.NewId(), cancellationToken),
            timeProvider,
            telemetry,
            _logger);
        loop.Waiting += (name, due) => Waiting?.Invoke(name, due);
        return loop;
    }

    /// <summary>The body the Functions host would POST, so the function sees no difference.</summary>
    private FunctionInvocationRequest ToRequest(TimerFunction function, TimerInfo timer) => new()
    {
        Data = new() { [function.Metadata.BindingName] = JsonSerializer.SerializeToElement(timer, HostingJson.Options) },
        Metadata = new()
        {
            ["sys"] = JsonSerializer.SerializeToElement(
                new Dictionary<string, object> { ["MethodName"] = function.Name, ["UtcNow"] = timeProvider.GetUtcNow(), ["RandGuid"] = Guid.NewGuid() },
                HostingJson.Options),
        },
    };
}
