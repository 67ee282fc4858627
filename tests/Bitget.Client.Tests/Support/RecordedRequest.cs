using System.Net.Http.Headers;

namespace Bitget.Client.Tests.Support;

/// <summary>What the fake handler saw of one request.</summary>
public sealed record RecordedRequest(HttpMethod Method, Uri Uri, HttpRequestHeaders Headers, string? Body, CancellationToken Cancellation)
{
    public string Path => Uri.AbsolutePath;

    public string Header(string name) => Headers.TryGetValues(name, out var values) ? string.Join(",", values) : string.Empty;

    public bool HasHeader(string name) => Headers.Contains(name);
}
