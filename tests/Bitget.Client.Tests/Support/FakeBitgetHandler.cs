using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace Bitget.Client.Tests.Support;

/// <summary>
/// An HttpMessageHandler that answers from a script, per path, and records every request it receives.
/// Unscripted paths answer a Bitget-style 404.
/// </summary>
public sealed class FakeBitgetHandler : HttpMessageHandler
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Func<RecordedRequest, Task<HttpResponseMessage>>>> _scripts = new();
    private readonly ConcurrentDictionary<string, Func<RecordedRequest, Task<HttpResponseMessage>>> _defaults = new();

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public IReadOnlyList<RecordedRequest> To(string path) => Requests.Where(r => r.Path == path).ToList();

    /// <summary>Answers the next request to <paramref name="path"/> once.</summary>
    public FakeBitgetHandler Once(string path, Func<RecordedRequest, Task<HttpResponseMessage>> respond)
    {
        _scripts.GetOrAdd(path, _ => new()).Enqueue(respond);
        return this;
    }

    public FakeBitgetHandler Once(string path, HttpStatusCode status, string body) => Once(path, _ => Task.FromResult(Json(status, body)));

    public FakeBitgetHandler OnceThrow(string path, Exception exception) => Once(path, _ => Task.FromException<HttpResponseMessage>(exception));

    /// <summary>Answers every request to <paramref name="path"/> not taken by a one-off script.</summary>
    public FakeBitgetHandler Always(string path, Func<RecordedRequest, Task<HttpResponseMessage>> respond)
    {
        _defaults[path] = respond;
        return this;
    }

    public FakeBitgetHandler Always(string path, HttpStatusCode status, string body) => Always(path, _ => Task.FromResult(Json(status, body)));

    /// <summary>v2 order lookups by clientOid find nothing (a caller's clientOid is looked up before it is used).</summary>
    public FakeBitgetHandler KnowsNoOrders() =>
        Always("/api/v2/mix/order/detail", HttpStatusCode.BadRequest, Error("40768", "Order does not exist"));

    /// <summary>The v2 account reports <paramref name="mode"/> (a close re-reads it before sending).</summary>
    public FakeBitgetHandler InPositionMode(Client.Trading.PositionMode mode) =>
        Always("/api/v2/mix/account/account", HttpStatusCode.OK, Success($$"""{"marginCoin":"USDT","posMode":"{{(mode == Client.Trading.PositionMode.Hedge ? "hedge_mode" : "one_way_mode")}}"}"""));

    public static HttpResponseMessage Json(HttpStatusCode status, string body) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

    public static string Success(string data) => $$"""{"code":"00000","msg":"success","requestTime":1700000000000,"data":{{data}}}""";

    public static string Error(string code, string msg) => $$"""{"code":"{{code}}","msg":"{{msg}}","requestTime":1700000000000,"data":null}""";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new RecordedRequest(request.Method, request.RequestUri!, request.Headers, body, cancellationToken);
        Requests.Enqueue(recorded);
        var path = recorded.Path;
        if (_scripts.TryGetValue(path, out var queue) && queue.TryDequeue(out var respond))
        {
            return await respond(recorded);
        }

        if (_defaults.TryGetValue(path, out var fallback))
        {
            return await fallback(recorded);
        }

        return Json(HttpStatusCode.NotFound, Error("40404", "Request URL NOT FOUND"));
    }
}
