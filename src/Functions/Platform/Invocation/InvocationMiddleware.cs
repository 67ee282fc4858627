using System.Diagnostics;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Microsoft.Extensions.Options;
using Sentinel.Functions.Platform.Errors;
using Sentinel.Functions.Platform.Telemetry;
using Sentinel.Functions.Platform.Health;

namespace Sentinel.Functions.Platform.Invocation;

/// <summary>
/// Around every invocation: a log scope with the invocation id and function name, a "Sentinel" activity, the
/// invocation count and duration, past-due timers counted and logged, the id in the <c>x-invocation-id</c> header
/// of HTTP responses, and an HTTP function's exception turned into problem details (<see cref="ExceptionProblems"/>).
/// A timer function's exception is logged and fails the invocation. A read (GET) that outlasts
/// <see cref="HostingOptions.ReadTimeout"/> is answered 503 (a dependency did not answer in time) while it finishes unseen.
/// </summary>
internal sealed partial class InvocationMiddleware(SentinelTelemetry telemetry, TimeProvider timeProvider, IOptions<HostingOptions> options, ILogger<InvocationMiddleware> logger)
    : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var timer = WorkerContext.TimerBinding(context);
        var pastDue = timer is not null && (await context.BindInputAsync<TimerInfo>(timer).ConfigureAwait(false)).Value?.IsPastDue == true;
        var info = new InvocationInfo(context.FunctionDefinition.Name, context.InvocationId, timer is null ? "http" : "timer", pastDue);
        var problem = await RunAsync(info, context.GetHttpContext(), () => next(context)).ConfigureAwait(false);
        if (problem is not null)
        {
            context.GetInvocationResult().Value = problem;
        }
    }

    /// <summary>
    /// The middleware's work apart from the worker's types, so tests run functions through it too. Returns the
    /// problem details to answer with when an HTTP function threw, else null.
    /// </summary>
    public async Task<IResult?> RunAsync(InvocationInfo info, HttpContext? http, Func<Task> next)
    {
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(next);
        if (http is not null)
        {
            http.SetInvocationId(info.InvocationId);
            http.Response.OnStarting(() =>
            {
                http.Response.Headers[InvocationIds.ResponseHeader] = info.InvocationId;
                return Task.CompletedTask;
            });
        }

        using var scope = logger.BeginScope(InvocationScope.Create(info.InvocationId, info.FunctionName));
        using var activity = telemetry.ActivitySource.StartActivity(info.FunctionName, ActivityKind.Internal);
        activity?.SetTag("faas.trigger", info.Trigger);
        activity?.SetTag("faas.invocation_id", info.InvocationId);
        if (info.IsPastDue)
        {
            telemetry.TimerPastDue.Add(1, new KeyValuePair<string, object?>("function", info.FunctionName));
            LogPastDue(logger, info.FunctionName);
        }

        var started = timeProvider.GetTimestamp();
        var outcome = "failed";
        try
        {
            var work = next();
            if (http is not null && HttpMethods.IsGet(http.Request.Method))
            {
                // Observed either way, so an abandoned read's later failure is not an unobserved task exception.
                _ = work.ContinueWith(t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
                await work.WaitAsync(options.Value.ReadTimeout, timeProvider).ConfigureAwait(false);
            }
            else
            {
                await work.ConfigureAwait(false);
            }

            outcome = "succeeded";
            return null;
        }
        catch (Exception exception) when (http is not null)
        {
            activity?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            return ExceptionProblems.Handle(exception, http, info, logger);
        }
        catch (Exception exception)
        {
            activity?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            LogTimerFailed(logger, exception, info.FunctionName);
            throw;
        }
        finally
        {
            var tags = new TagList { { "function", info.FunctionName }, { "outcome", outcome } };
            telemetry.FunctionInvocations.Add(1, tags);
            telemetry.FunctionDuration.Record(timeProvider.GetElapsedTime(started).TotalSeconds, tags);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Timer function {FunctionName} is past due")]
    private static partial void LogPastDue(ILogger logger, string functionName);

    [LoggerMessage(Level = LogLevel.Error, Message = "Function {FunctionName} failed")]
    private static partial void LogTimerFailed(ILogger logger, Exception exception, string functionName);
}
