using Azure.Core;
using Azure.Core.Pipeline;

namespace Sentinel.TestSupport;

/// <summary>
/// A pipeline policy (add it per retry) that counts every storage request leaving the client and the bytes on the
/// wire both ways: request line, headers and body out; status line, headers and body back.
/// </summary>
public sealed class StorageTraffic : HttpPipelineSynchronousPolicy
{
    private int _requests;
    private long _bytes;
    private long _sentBytes;
    private readonly List<string> _log = [];

    public int Requests => Volatile.Read(ref _requests);

    public long Bytes => Interlocked.Read(ref _bytes);

    /// <summary>The part of <see cref="Bytes"/> that went out (requests only).</summary>
    public long SentBytes => Interlocked.Read(ref _sentBytes);

    /// <summary>The requests' request lines (method and path), in the order they were sent.</summary>
    public IReadOnlyList<string> Log
    {
        get
        {
            lock (_log)
            {
                return [.. _log];
            }
        }
    }

    public override void OnSendingRequest(HttpMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        Interlocked.Increment(ref _requests);
        var request = message.Request;
        long bytes = request.Method.Method.Length + request.Uri.ToString().Length + 11;
        foreach (var header in request.Headers)
        {
            bytes += header.Name.Length + header.Value.Length + 4;
        }

        bytes += ContentLength(request.Content);
        Interlocked.Add(ref _bytes, bytes);
        Interlocked.Add(ref _sentBytes, bytes);
        lock (_log)
        {
            _log.Add($"{request.Method} {request.Uri.ToUri().AbsolutePath}");
        }
    }

    public override void OnReceivedResponse(HttpMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var response = message.Response;
        long bytes = 15 + response.ReasonPhrase.Length;
        foreach (var header in response.Headers)
        {
            bytes += header.Name.Length + header.Value.Length + 4;
        }

        if (response.ContentStream is { CanSeek: true } body)
        {
            bytes += body.Length;
        }

        Interlocked.Add(ref _bytes, bytes);
    }

    private static long ContentLength(RequestContent? content)
    {
        if (content is null)
        {
            return 0;
        }

        if (content.TryComputeLength(out var length))
        {
            return length;
        }

        using var buffer = new MemoryStream();
        content.WriteTo(buffer, CancellationToken.None);
        return buffer.Length;
    }
}
