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
    private readonly List<(Func<string, bool> Matches, TaskCompletionSource Done)> _awaitingResponse = [];

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

    /// <summary>
    /// Completes when the response to the next request whose request line (as in <see cref="Log"/>) <paramref name="matches"/>
    /// reaches the client: a write the code under test made in the background (a lease renewal on its timer) has landed,
    /// so a test awaits it instead of polling storage.
    /// </summary>
    public Task NextResponseAsync(Func<string, bool> matches)
    {
        var next = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_awaitingResponse)
        {
            _awaitingResponse.Add((matches, next));
        }

        return next.Task;
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
            _log.Add(RequestLine(request));
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
        var line = RequestLine(message.Request);
        List<TaskCompletionSource> answered;
        lock (_awaitingResponse)
        {
            answered = [.. _awaitingResponse.Where(w => w.Matches(line)).Select(w => w.Done)];
            _awaitingResponse.RemoveAll(w => answered.Contains(w.Done));
        }

        foreach (var done in answered)
        {
            done.SetResult();
        }
    }

    private static string RequestLine(Request request) => $"{request.Method} {request.Uri.ToUri().AbsolutePath}";

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
