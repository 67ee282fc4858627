using System.Text.Json.Nodes;
using Bitget.Simulator;
using Bitget.Simulator.Faults;
using Functions.Tests.Alerting.Support;
using Functions.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using Sentinel.Functions.Streaming;
using Sentinel.TestSupport;
using SimSide = Bitget.Simulator.Accounts.PositionSide;

namespace Functions.Tests.Streaming;

/// <summary>
/// The streaming watch end to end: the real worker registrations, the real Bitget adapter and stream client against
/// the simulator over loopback (REST and WebSocket), Azurite, and a loopback webhook receiver, all on one fake clock.
/// The latency target is checked by what happened in between, not by wall time: no REST poll between the price step
/// and the webhook, and the evaluation counted by the stream path. Waits for socket traffic poll in 1 ms steps up to a
/// bound; they never decide an outcome.
/// </summary>
[Collection(AlertingAzuriteGroup.Name)]
public sealed class StreamingWatchOnSimulatorTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan PollingInterval = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task CrashWhileStreaming_ReachesTheWebhookFromTheStreamWithNoRestPollInBetween_AndThePollingTickDoesNotNotifyAgain()
    {
        await using var rig = await Rig.StartAsync(azurite);
        await rig.App.TickAsync();
        var watching = rig.App.InvokeTimerAsync(StreamingWatchFunction.Name);
        await UntilAsync(() => rig.State.Mode == StreamMode.Streaming && rig.State.Evaluations > 0, "the watch streaming and evaluating the first push");
        var restBefore = rig.Simulator.Requests.All.Count;
        var evaluationsBefore = rig.State.Evaluations;

        rig.Simulator.Prices.Set("BTCUSDT", rig.Normal * 0.8m);
        await UntilDeliveredAsync(rig.App, () => rig.Webhook.Accepted.Count == 1 && rig.State.Evaluations > evaluationsBefore, "the firing webhook");

        Assert.Equal(restBefore, rig.Simulator.Requests.All.Count);
        var firing = Assert.Single(rig.Webhook.Accepted);
        Assert.Equal("firing", Payloads.Event(firing));
        Assert.Equal(rig.Normal * 0.8m, firing["value"]!.GetValue<decimal>());

        rig.App.Clock.Advance(PollingInterval);
        await rig.App.TickAsync();
        await rig.App.DeliverAsync();
        rig.App.Clock.Advance(PollingInterval);
        await watching;

        Assert.Equal(1, rig.Webhook.Received);
    }

    [Fact]
    public async Task LiveCrossingRule_ManyPushesPastTheLevelThenThePoll_ReduceOnceAndNotifyOnce()
    {
        // A cooldown shorter than the poll interval: only the crossing's own identity can keep the poll from acting again.
        await using var rig = await Rig.StartAsync(azurite, mode: "live", cooldown: TimeSpan.FromSeconds(5));
        await rig.App.AddRuleAsync($$"""
            {"id":"btc-out","type":"price_crossing","symbols":["BTCUSDT"],"threshold":{{rig.Normal * 0.95m}},"direction":"down","channels":["webhook"],
             "action":{"type":"reduce","percent":50} }
            """);
        await rig.App.TickAsync();
        var watching = rig.App.InvokeTimerAsync(StreamingWatchFunction.Name);
        await UntilAsync(() => rig.State.Mode == StreamMode.Streaming && rig.State.Evaluations > 0, "the watch streaming and evaluating the first push");

        await PushAsync(rig, 0.94m, 0.935m, 0.93m, 0.925m, 0.92m, 0.915m);

        rig.App.Clock.Advance(PollingInterval);
        await rig.App.TickAsync();
        await rig.App.DeliverAsync();
        rig.App.Clock.Advance(PollingInterval);
        await watching;

        var order = Assert.Single(rig.Simulator.Exchange.Orders(rig.Simulator.ApiKey));
        Assert.Equal(0.05m, order.FilledSize);
        var mitigation = Assert.Single(rig.Webhook.Accepted, w => Payloads.Event(w) == "mitigation");
        Assert.StartsWith("MITIGATION FILLED", mitigation["title"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Single(rig.Webhook.Accepted, w => Payloads.Event(w) == "event" && w["ruleId"]!.GetValue<string>() == "btc-out");
    }

    [Fact]
    public async Task LiveLevelRuleForTwo_PushesBelowTheLevelAlone_ReduceNothing_TheSecondBreachingPollDoes()
    {
        await using var rig = await Rig.StartAsync(azurite, mode: "live");
        await rig.App.AddRuleAsync($$"""
            {"id":"btc-low","type":"price_below","symbols":["BTCUSDT"],"threshold":{{rig.Normal * 0.95m}},"clear":{{rig.Normal * 0.97m}},"for":2,
             "channels":["webhook"],"action":{"type":"reduce","percent":50} }
            """);
        await rig.App.TickAsync();
        var watching = rig.App.InvokeTimerAsync(StreamingWatchFunction.Name);
        await UntilAsync(() => rig.State.Mode == StreamMode.Streaming && rig.State.Evaluations > 0, "the watch streaming and evaluating the first push");
        var orders = () => rig.Simulator.Exchange.Orders(rig.Simulator.ApiKey).Count;

        await PushAsync(rig, 0.94m, 0.935m, 0.93m);
        var afterPushes = orders();
        rig.App.Clock.Advance(TimeSpan.FromSeconds(20));
        await rig.App.TickAsync();
        await PushAsync(rig, 0.925m, 0.92m, 0.915m);
        var afterFirstPoll = orders();
        rig.App.Clock.Advance(TimeSpan.FromSeconds(20));
        await rig.App.TickAsync();
        var afterSecondPoll = orders();
        rig.App.Clock.Advance(PollingInterval);
        await watching;

        Assert.Equal((0, 0, 1), (afterPushes, afterFirstPoll, afterSecondPoll));
        Assert.Equal(0.05m, Assert.Single(rig.Simulator.Exchange.Orders(rig.Simulator.ApiKey)).FilledSize);
    }

    [Fact]
    public async Task StreamRefused_HealthSaysPollingFallback_AndTheCrashArrivesWithTheNextPollingTick()
    {
        await using var rig = await Rig.StartAsync(azurite);
        await rig.App.TickAsync();
        rig.Simulator.Faults.Stream(FaultKind.StreamDrop, times: null);
        var watching = rig.App.InvokeTimerAsync(StreamingWatchFunction.Name);
        await UntilAsync(() => rig.State.Mode == StreamMode.PollingFallback, "the watch noticing the stream is down");
        var stream = await StreamComponentAsync(rig.App);
        Assert.Equal("degraded", stream["status"]!.GetValue<string>());
        Assert.Contains("falling back to the polling tick", stream["detail"]!.GetValue<string>(), StringComparison.Ordinal);

        rig.Simulator.Prices.Set("BTCUSDT", rig.Normal * 0.8m);
        rig.App.Clock.Advance(PollingInterval);
        await rig.App.TickAsync();
        await rig.App.DeliverAsync();

        var firing = Assert.Single(rig.Webhook.Accepted);
        Assert.Equal("firing", Payloads.Event(firing));
        Assert.Equal(0, rig.State.Evaluations);
        rig.App.Clock.Advance(PollingInterval);
        await watching;
    }

    [Fact]
    public async Task StreamingOff_TheWatchReturnsAtOnceAndHealthSaysOff()
    {
        await using var rig = await Rig.StartAsync(azurite, enabled: false);

        await rig.App.InvokeTimerAsync(StreamingWatchFunction.Name);

        Assert.Equal(StreamMode.Idle, rig.State.Mode);
        var stream = await StreamComponentAsync(rig.App);
        Assert.Equal("healthy", stream["status"]!.GetValue<string>());
        Assert.StartsWith("Off", stream["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    /// <summary>Moves the price to each factor of the normal price in turn, waiting until the watch evaluated each push.</summary>
    private static async Task PushAsync(Rig rig, params decimal[] factors)
    {
        foreach (var factor in factors)
        {
            var evaluated = rig.State.Evaluations;
            rig.Simulator.Prices.Set("BTCUSDT", rig.Normal * factor);
            await UntilAsync(() => rig.State.Evaluations > evaluated, $"the push at {factor} evaluated");
            rig.App.Clock.Advance(TimeSpan.FromSeconds(1));
        }
    }

    private static async Task<JsonObject> StreamComponentAsync(SentinelTestApp app)
    {
        // Read whatever the status code: a degraded component may turn the whole report to 503.
        using var response = await app.Client.GetAsync("/api/health");
        var health = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        return health!["components"]!.AsArray().Select(c => c!.AsObject()).Single(c => c["name"]!.GetValue<string>() == "stream");
    }

    // Detection only stores outbox rows; the delivery timer (every 5 s in the host) sends them, so it runs while waiting.
    private static Task UntilDeliveredAsync(SentinelTestApp app, Func<bool> condition, string what) => UntilAsync(condition, what, app.DeliverAsync);

    private static async Task UntilAsync(Func<bool> condition, string what, Func<Task>? between = null)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"timed out waiting for {what}");
            await (between ?? (() => Task.Delay(1)))();
        }
    }

    private sealed class Rig(BitgetSimulator simulator, SwitchableReceiver webhook, SentinelTestApp app, decimal normal) : IAsyncDisposable
    {
        public BitgetSimulator Simulator { get; } = simulator;

        public SwitchableReceiver Webhook { get; } = webhook;

        public SentinelTestApp App { get; } = app;

        public decimal Normal { get; } = normal;

        public StreamState State => App.Get<StreamState>();

        public static async Task<Rig> StartAsync(AzuriteFixture azurite, bool enabled = true, string mode = "dry-run", TimeSpan? cooldown = null)
        {
            // Also the mitigation table: another test's actions on BTCUSDT would count against this one's cooldown and caps.
            await AppOnSimulator.ResetAsync(azurite);
            var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero));
            var simulator = await SimulatorFixture.StartAsync(clock);
            var normal = simulator.Prices.Last("BTCUSDT");
            simulator.SeedPosition("BTCUSDT", SimSide.Long, 0.1m, normal);
            var webhook = await SwitchableReceiver.StartAsync();
            var exchange = simulator.AppSettings();
            exchange["Streaming:Enabled"] = enabled ? "true" : "false";
            exchange["Streaming:BaseAddress"] = simulator.StreamAddress.ToString();
            exchange["Sentinel:Mode"] = mode;
            if (cooldown is { } least)
            {
                exchange["Risk:Guard:SymbolCooldown"] = least.ToString("c", System.Globalization.CultureInfo.InvariantCulture);
            }

            var app = await SentinelTestApp.StartAsync(azurite, null, webhook, clock, exchange: exchange);
            await app.AddRuleAsync($$"""
                {"id":"btc-crash","type":"price_below","symbols":["BTCUSDT"],"threshold":{{normal * 0.9m}},"clear":{{normal * 0.95m}},"severity":"critical","channels":["webhook"]}
                """);
            return new Rig(simulator, webhook, app, normal);
        }

        public async ValueTask DisposeAsync()
        {
            await App.DisposeAsync();
            await Webhook.DisposeAsync();
            await Simulator.DisposeAsync();
        }
    }
}
