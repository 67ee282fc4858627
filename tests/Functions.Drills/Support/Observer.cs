using System.Collections.Concurrent;
using System.Text.Json;

namespace Sentinel.Drills.Support;

/// <summary>One answer of the app to the observer.</summary>
internal sealed record Sample(DateTimeOffset At, string Path, int Status, string? ContentType, JsonElement? Body);

/// <summary>
/// Polls the app's read endpoints and health as an operator's monitoring would (every 250 ms, each request on its
/// own), from the drill's start to its end. Ticks are counted from <c>/api/status</c>'s <c>lastTick.lastAttemptAt</c>,
/// so every delay a drill asserts is in the app's own timestamps, never the test's speed.
/// </summary>
internal sealed class Observer : IAsyncDisposable
{
    public static readonly string[] ReadPaths = ["api/status", "api/alerts", "api/positions", "api/rules"];
    private static readonly TimeSpan Every = TimeSpan.FromMilliseconds(250);
    private readonly ConcurrentQueue<Sample> _samples = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly HttpClient _api;
    private readonly Task _loop;

    public Observer(HttpClient api)
    {
        _api = api;
        _loop = Task.Run(LoopAsync);
    }

    public IReadOnlyList<Sample> Samples => [.. _samples];

    /// <summary>The distinct tick attempt times the app reported, in order.</summary>
    public IReadOnlyList<DateTimeOffset> TickAttempts() =>
        [.. Samples.Where(sample => sample.Path == "api/status" && sample.Status == 200)
            .Select(sample => LastTickField(sample, "lastAttemptAt"))
            .OfType<DateTimeOffset>()
            .Distinct()
            .Order()];

    /// <summary>The status of one health component over time ("unanswered" when /api/health gave no report).</summary>
    public IReadOnlyList<(DateTimeOffset At, string Status, string? Detail)> Component(string name) =>
        [.. Samples.Where(sample => sample.Path == "api/health").Select(sample => (sample.At, ComponentOf(sample, name)))
            .Select(pair => (pair.At, pair.Item2?.Status ?? "unanswered", pair.Item2?.Detail))];

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }

    private static DateTimeOffset? LastTickField(Sample sample, string field) =>
        sample.Body is { } body && body.TryGetProperty("lastTick", out var tick) && tick.ValueKind == JsonValueKind.Object
            && tick.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetDateTimeOffset()
            : null;

    private static (string Status, string? Detail)? ComponentOf(Sample sample, string name)
    {
        if (sample.Body is not { ValueKind: JsonValueKind.Object } body || !body.TryGetProperty("components", out var components))
        {
            return null;
        }

        foreach (var component in components.EnumerateArray())
        {
            if (component.GetProperty("name").GetString() == name)
            {
                return (component.GetProperty("status").GetString()!, component.TryGetProperty("detail", out var detail) ? detail.GetString() : null);
            }
        }

        return null;
    }

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var round = ReadPaths.Append("api/health").Select(SampleAsync);
            await Task.WhenAll(round);
            try
            {
                await Task.Delay(Every, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task SampleAsync(string path)
    {
        var at = DateTimeOffset.UtcNow;
        try
        {
            using var response = await _api.GetAsync(path, _stop.Token);
            var text = await response.Content.ReadAsStringAsync(_stop.Token);
            JsonElement? body = null;
            try
            {
                body = text.Length == 0 ? null : JsonDocument.Parse(text).RootElement.Clone();
            }
            catch (JsonException)
            {
                body = null;
            }

            _samples.Enqueue(new Sample(at, path, (int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, body));
        }
        catch (HttpRequestException)
        {
            _samples.Enqueue(new Sample(at, path, 0, null, null));
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            return;
        }
        catch (TaskCanceledException)
        {
            _samples.Enqueue(new Sample(at, path, 0, null, null));
        }
    }
}
