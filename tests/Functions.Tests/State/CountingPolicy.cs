using Azure.Core;
using Azure.Core.Pipeline;

namespace Functions.Tests.State;

/// <summary>Counts the requests that actually leave the client, to prove refusals happen before any I/O.</summary>
internal sealed class CountingPolicy : HttpPipelineSynchronousPolicy
{
    private int _count;

    public int Count => _count;

    public override void OnSendingRequest(HttpMessage message) => Interlocked.Increment(ref _count);
}
