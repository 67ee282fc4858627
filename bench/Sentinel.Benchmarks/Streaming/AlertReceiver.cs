using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Sentinel.TestSupport;

namespace Sentinel.Benchmarks.Streaming;

/// <summary>A loopback webhook receiver: answers 200 and completes the wait of the rule whose firing alert arrived.</summary>
internal sealed class AlertReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _waits = new(StringComparer.Ordinal);

    private AlertReceiver(WebApplication app, Uri url)
    {
        _app = app;
        Url = url;
    }

    public Uri Url { get; }

    public static async Task<AlertReceiver> StartAsync()
    {
        var port = FreePort.Next().ToString(CultureInfo.InvariantCulture);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        var receiver = new AlertReceiver(app, new Uri($"http://127.0.0.1:{port}/hook"));
        app.MapPost("/hook", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            receiver.Received(await reader.ReadToEndAsync());
            return Results.Ok();
        });
        await app.StartAsync();
        return receiver;
    }

    /// <summary>Completes when a firing alert of <paramref name="ruleId"/> arrives.</summary>
    public Task FiringOf(string ruleId) => _waits.GetOrAdd(ruleId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private void Received(string body)
    {
        if (!body.Contains("\"firing\"", StringComparison.Ordinal))
        {
            return;
        }

        foreach (var (ruleId, wait) in _waits)
        {
            if (body.Contains($"\"{ruleId}\"", StringComparison.Ordinal))
            {
                wait.TrySetResult();
            }
        }
    }
}
