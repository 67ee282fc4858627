using System.Diagnostics;
using Sentinel.LocalHost.Worker;
using Sentinel.LocalHost.Worker.Rpc;

namespace Sentinel.LocalHost.Functions;

/// <summary>Sends InvocationRequests over the worker's stream and reports each outcome to the observers.</summary>
internal sealed class FunctionInvoker(WorkerChannel channel, TimeProvider timeProvider, IReadOnlyList<IInvocationObserver> observers) : IFunctionInvoker
{
    private static readonly Dictionary<string, string> EmptyBindingData = [];

    public async Task<InvocationOutcome> InvokeAsync(
        HostedFunction function, string invocationId, TypedData triggerInput, IReadOnlyDictionary<string, string>? bindingData = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(function);
        var started = timeProvider.GetTimestamp();
        var request = new StreamingMessage
        {
            InvocationRequest = new InvocationRequest
            {
                InvocationId = invocationId,
                FunctionId = function.Id,
                InputData = { new ParameterBinding { Name = function.Trigger.BindingName, Data = triggerInput } },
                TraceContext = new RpcTraceContext { TraceParent = Activity.Current?.Id ?? NewTraceParent() },
            },
        };

        foreach (var (name, value) in bindingData ?? EmptyBindingData)
        {
            request.InvocationRequest.TriggerMetadata[name] = new TypedData { String = value };
        }

        var (status, error) = await SendAsync(request, cancellationToken);
        var outcome = new InvocationOutcome(function.Name, invocationId, status, error, timeProvider.GetElapsedTime(started));
        foreach (var observer in observers)
        {
            observer.OnCompleted(outcome);
        }

        return outcome;
    }

    private async Task<(InvocationStatus Status, string? Error)> SendAsync(StreamingMessage request, CancellationToken cancellationToken)
    {
        try
        {
            var reply = await channel.RequestAsync(request, cancellationToken);
            var result = reply.InvocationResponse?.Result;
            return result?.Status switch
            {
                StatusResult.Types.Status.Success => (InvocationStatus.Succeeded, null),
                StatusResult.Types.Status.Cancelled => (InvocationStatus.Cancelled, "The worker cancelled the invocation."),
                _ => (InvocationStatus.Failed, Describe(result?.Exception)),
            };
        }
        catch (WorkerUnavailableException exception)
        {
            return (InvocationStatus.Failed, exception.Message);
        }
        catch (OperationCanceledException)
        {
            return (InvocationStatus.Cancelled, "The caller went away or the host is stopping.");
        }
    }

    // The worker reads the trace context of every invocation; without an ambient activity each one starts a trace.
    private static string NewTraceParent() => $"00-{ActivityTraceId.CreateRandom()}-{ActivitySpanId.CreateRandom()}-00";

    private static string Describe(RpcException? exception) =>
        exception is null ? "The worker reported a failure without an exception."
        : string.IsNullOrEmpty(exception.Type) ? exception.Message
        : $"{exception.Type}: {exception.Message}";
}
