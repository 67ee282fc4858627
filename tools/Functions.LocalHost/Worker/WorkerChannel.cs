using System.Collections.Concurrent;
using System.Threading.Channels;
using Grpc.Core;
using Sentinel.LocalHost.Worker.Rpc;
using GrpcException = Grpc.Core.RpcException;

namespace Sentinel.LocalHost.Worker;

/// <summary>
/// The host's side of the worker's event stream: requests go out with a request id, and the worker's reply
/// (which carries the same id) completes them; RpcLog messages go to the console as they arrive.
/// </summary>
internal sealed class WorkerChannel(string workerId, WorkerLogs logs)
{
    private readonly Channel<StreamingMessage> _outbound = Channel.CreateUnbounded<StreamingMessage>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<string, TaskCompletionSource<StreamingMessage>> _pending = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource _attached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _streams;

    public string WorkerId { get; } = workerId;

    /// <summary>Completes when the worker has opened its stream and sent StartStream.</summary>
    public Task Attached => _attached.Task;

    /// <summary>Completes when the worker's stream has ended.</summary>
    public Task Closed => _closed.Task;

    /// <summary>Serves the one event stream the worker opens, until the worker closes it or the call is cancelled.</summary>
    public async Task ServeAsync(IAsyncStreamReader<StreamingMessage> fromWorker, IServerStreamWriter<StreamingMessage> toWorker, CancellationToken cancellationToken)
    {
        await AcceptStartStreamAsync(fromWorker, cancellationToken);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var writing = WriteAsync(toWorker, stop.Token);
        try
        {
            while (await fromWorker.MoveNext(cancellationToken))
            {
                Dispatch(fromWorker.Current);
            }
        }
        catch (Exception exception) when (exception is IOException or OperationCanceledException or GrpcException)
        {
            // The worker went away mid-stream; pending requests fail below.
        }
        finally
        {
            await stop.CancelAsync();
            Close();
            await writing;
        }
    }

    /// <summary>Sends a request and waits for the worker's reply to it.</summary>
    public async Task<StreamingMessage> RequestAsync(StreamingMessage request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.RequestId = Guid.NewGuid().ToString("N");
        var reply = new TaskCompletionSource<StreamingMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[request.RequestId] = reply;
        if (_closed.Task.IsCompleted && _pending.TryRemove(request.RequestId, out _))
        {
            throw new WorkerUnavailableException("The worker's event stream is closed.");
        }

        using var registration = cancellationToken.Register(() =>
        {
            if (_pending.TryRemove(request.RequestId, out var waiting))
            {
                waiting.TrySetCanceled(cancellationToken);
            }
        });
        await _outbound.Writer.WriteAsync(request, cancellationToken);
        return await reply.Task;
    }

    /// <summary>Sends a message the worker does not answer (WorkerTerminate, InvocationCancel).</summary>
    public void Post(StreamingMessage message) => _outbound.Writer.TryWrite(message);

    private async Task AcceptStartStreamAsync(IAsyncStreamReader<StreamingMessage> fromWorker, CancellationToken cancellationToken)
    {
        if (!await fromWorker.MoveNext(cancellationToken) || fromWorker.Current.ContentCase != StreamingMessage.ContentOneofCase.StartStream)
        {
            throw new GrpcException(new Status(StatusCode.InvalidArgument, "The first message must be StartStream."));
        }

        if (fromWorker.Current.StartStream.WorkerId != WorkerId)
        {
            throw new GrpcException(new Status(StatusCode.PermissionDenied, $"Unknown worker id '{fromWorker.Current.StartStream.WorkerId}'."));
        }

        if (Interlocked.Increment(ref _streams) != 1)
        {
            throw new GrpcException(new Status(StatusCode.AlreadyExists, "The worker already has an event stream."));
        }

        _attached.TrySetResult();
    }

    private void Dispatch(StreamingMessage message)
    {
        if (message.ContentCase == StreamingMessage.ContentOneofCase.RpcLog)
        {
            logs.Write(message.RpcLog);
        }
        else if (_pending.TryRemove(message.RequestId, out var waiting))
        {
            waiting.TrySetResult(message);
        }
        else
        {
            logs.Unexpected(message.ContentCase.ToString());
        }
    }

    private async Task WriteAsync(IServerStreamWriter<StreamingMessage> toWorker, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var message in _outbound.Reader.ReadAllAsync(cancellationToken))
            {
                await toWorker.WriteAsync(message, cancellationToken);
            }
        }
        catch (Exception exception) when (exception is IOException or OperationCanceledException or InvalidOperationException)
        {
            // The stream ended; what was not sent fails with the pending requests.
        }
    }

    private void Close()
    {
        _closed.TrySetResult();
        _outbound.Writer.TryComplete();
        foreach (var id in _pending.Keys)
        {
            if (_pending.TryRemove(id, out var waiting))
            {
                waiting.TrySetException(new WorkerUnavailableException("The worker closed its event stream before answering."));
            }
        }
    }
}
