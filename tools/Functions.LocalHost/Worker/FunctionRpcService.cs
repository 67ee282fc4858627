using Grpc.Core;
using Sentinel.LocalHost.Worker.Rpc;

namespace Sentinel.LocalHost.Worker;

/// <summary>The gRPC endpoint the worker dials (<c>/AzureFunctionsRpcMessages.FunctionRpc/EventStream</c>).</summary>
internal sealed class FunctionRpcService(WorkerChannel channel) : FunctionRpc.FunctionRpcBase
{
    public override Task EventStream(IAsyncStreamReader<StreamingMessage> requestStream, IServerStreamWriter<StreamingMessage> responseStream, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return channel.ServeAsync(requestStream, responseStream, context.CancellationToken);
    }
}
