using System.Net.Http.Json;
using System.Text.Json;

namespace Sentinel.Drills.Support;

/// <summary>What the drills share: waiting on the real stack's own signals, and reading what the app and the receiver saw.</summary>
internal static class Drill
{
    /// <summary>Slack for the timer's own jitter and one tick's run time (the host fires on the second, the tick then reads the exchange).</summary>
    public static readonly TimeSpan TickSlack = TimeSpan.FromSeconds(1.5);

    public static async Task<T> EventuallyAsync<T>(Func<Task<T?>> probe, TimeSpan within, string what)
    {
        var deadline = DateTimeOffset.UtcNow + within;
        while (DateTimeOffset.UtcNow < deadline)
        {
            if (await probe() is { } found)
            {
                return found;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"{what} did not happen within {within.TotalSeconds} s.");
    }

    /// <summary>The app's alert for the rule (its <c>firedAt</c> is the detecting tick's time), or null.</summary>
    public static async Task<DateTimeOffset?> FiredAtAsync(HttpClient api, string ruleId)
    {
        using var response = await api.GetAsync("api/alerts");
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("alerts").EnumerateArray()
            .Where(alert => alert.GetProperty("ruleId").GetString() == ruleId && alert.GetProperty("firedAt").ValueKind == JsonValueKind.String)
            .Select(alert => (DateTimeOffset?)alert.GetProperty("firedAt").GetDateTimeOffset())
            .Max();
    }

    /// <summary>Waits until the app has taken the rule into a tick (a tick attempted after the rule was stored).</summary>
    public static async Task AwaitTickAfterAsync(Observer observer, DateTimeOffset after) =>
        await EventuallyAsync(
            () => Task.FromResult<object?>(observer.TickAttempts().Any(tick => tick > after) ? new object() : null),
            RealStackFixture.TickInterval * 4,
            "a tick after " + after.ToString("O"));

    public static IReadOnlyList<ReceivedRequest> WebhookFirings(WebhookReceiver receiver, string ruleId) =>
        [.. receiver.Requests.Where(request => request.Path == "/webhook" && request.RuleId == ruleId && request.Event == "firing")];

    /// <summary>Read endpoints that answered a 5xx other than a 503 problem, over the whole drill: must stay 0.</summary>
    public static IReadOnlyList<Sample> ReadServerErrors(Observer observer) =>
        [.. observer.Samples.Where(sample => Observer.ReadPaths.Contains(sample.Path) && sample.Status >= 500
            && !(sample.Status == 503 && sample.ContentType == "application/problem+json"))];

    /// <summary>Waits for the rule's firing to be accepted by the receiver; returns that request.</summary>
    public static Task<ReceivedRequest> AwaitDeliveredAsync(WebhookReceiver receiver, string ruleId, TimeSpan within) =>
        EventuallyAsync(
            () => Task.FromResult(WebhookFirings(receiver, ruleId).FirstOrDefault(request => request.AnsweredStatus == 202)),
            within, "delivery of " + ruleId);

    /// <summary>0 lost, 0 duplicates under another key: every attempt of the firing carried one key, accepted exactly once.</summary>
    public static void AssertDeliveredOnceUnderOneKey(WebhookReceiver receiver, string ruleId)
    {
        var firings = WebhookFirings(receiver, ruleId);
        Assert.Single(firings.Select(request => request.IdempotencyKey).Distinct());
        Assert.Single(firings, request => request.AnsweredStatus == 202);
    }

    public static bool ComponentIs(Observer observer, string name, string status) =>
        observer.Component(name) is [.., var last] && last.Status == status;

    public static Task AwaitComponentAsync(Observer observer, string name, string status, TimeSpan within) =>
        EventuallyAsync(
            () => Task.FromResult(ComponentIs(observer, name, status) ? new object() : null),
            within, $"health component {name} {status}");
}
