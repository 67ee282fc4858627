using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Sentinel.Functions.Hosting.Declarations;
using Sentinel.Functions.Hosting.Invocation;
using Sentinel.Functions.Observability;

namespace Sentinel.Functions.Hosting.Timers;

/// <summary>
/// Runs one timer invocation from the host's payload, for both the Functions host path and the standalone
/// scheduler: one at a time per function, in its own DI scope, log scope and trace, measured.
/// </summary>
public sealed class TimerInvoker(
    IServiceScopeFactory scopes,
    SentinelTelemetry telemetry,
    TimeProvider timeProvider,
    ILogger<TimerInvoker> logger)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new(StringComparer.OrdinalIgnoreCase);

    public async Task<FunctionInvocationResponse> InvokeAsync(
        TimerFunction function,
        FunctionInvocationRequest request,
        string invocationId,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(function);
        ArgumentNullException.ThrowIfNull(request);
        var timer = ReadTimerInfo(function, request);

        using var logScope = logger.BeginScope(InvocationScope.Create(invocationId, function.Name));
        var gate = _gates.GetOrAdd(function.Name, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await RunAsync(function, timer, invocationId, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<FunctionInvocationResponse> RunAsync(TimerFunction function, TimerInfo timer, string invocationId, CancellationToken cancellationToken)
    {
        using var activity = telemetry.ActivitySource.StartActivity(function.Name, ActivityKind.Internal);
        activity?.SetTag("faas.trigger", "timer");
        activity?.SetTag("faas.invocation_id", invocationId);
        if (timer.IsPastDue)
        {
            telemetry.TimerPastDue.Add(1, new KeyValuePair<string, object?>("function", function.Name));
            logger.LogWarning("Timer function {FunctionName} is past due", function.Name);
        }

        await using var scope = scopes.CreateAsyncScope();
        var invocation = new TimerInvocation(function.Name, invocationId, timer, scope.ServiceProvider);
        var started = timeProvider.GetTimestamp();
        var outcome = "failed";
        try
        {
            logger.LogInformation("Timer function {FunctionName} started (past due: {IsPastDue})", function.Name, timer.IsPastDue);
            await function.Handler(invocation, cancellationToken);
            outcome = "succeeded";
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            activity?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            logger.LogError(exception, "Timer function {FunctionName} failed", function.Name);
            throw new FunctionFailedException($"Timer function '{function.Name}' failed.", exception);
        }
        finally
        {
            Record(function.Name, outcome, timeProvider.GetElapsedTime(started));
        }

        return Succeeded(invocation, timeProvider.GetElapsedTime(started));
    }

    private FunctionInvocationResponse Succeeded(TimerInvocation invocation, TimeSpan elapsed)
    {
        var milliseconds = (long)elapsed.TotalMilliseconds;
        logger.LogInformation("Timer function {FunctionName} succeeded in {ElapsedMs} ms", invocation.FunctionName, milliseconds);
        var summary = string.Create(CultureInfo.InvariantCulture, $"{invocation.FunctionName} succeeded in {milliseconds} ms (invocation {invocation.InvocationId})");
        return new FunctionInvocationResponse(new Dictionary<string, object?>(), [.. invocation.Logs, summary], null);
    }

    private void Record(string functionName, string outcome, TimeSpan elapsed)
    {
        var tags = new TagList { { "function", functionName }, { "outcome", outcome } };
        telemetry.FunctionInvocations.Add(1, tags);
        telemetry.FunctionDuration.Record(elapsed.TotalSeconds, tags);
    }

    private static TimerInfo ReadTimerInfo(TimerFunction function, FunctionInvocationRequest request)
    {
        var binding = function.Metadata.BindingName;
        var entry = request.Data.FirstOrDefault(pair => string.Equals(pair.Key, binding, StringComparison.OrdinalIgnoreCase));
        if (entry.Key is null || entry.Value.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidInvocationException($"The invocation of '{function.Name}' has no timer info under Data.{binding}.");
        }

        try
        {
            return entry.Value.Deserialize<TimerInfo>(HostingJson.Options)
                ?? throw new InvalidInvocationException($"Data.{binding} of '{function.Name}' is null.");
        }
        catch (JsonException exception)
        {
            throw new InvalidInvocationException($"Data.{binding} of '{function.Name}' is not timer info: {exception.Message}", exception);
        }
    }
}
