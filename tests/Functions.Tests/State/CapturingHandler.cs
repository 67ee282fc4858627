using System.Net;
using System.Text;

namespace Functions.Tests.State;

/// <summary>Answers every request with a fixed response and keeps the last request, to inspect what was signed.</summary>
internal sealed class CapturingHandler(string body, HttpStatusCode status = HttpStatusCode.OK) : HttpMessageHandler
{
    private HttpRequestMessage? _request;

    public Uri? Uri => _request?.RequestUri;

    public string Header(string name) =>
        _request!.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : string.Empty;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        _request = request;
        return Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
    }
}
