using System.Net;
using System.Text.Json;
using Bitget.Simulator.Faults;
using Bitget.Simulator.Tests.Support;

namespace Bitget.Simulator.Tests.Faults;

public sealed class FaultTests : IAsyncLifetime
{
    private const string Time = "/api/v2/public/time";
    private SimulatorHarness _h = null!;

    public async Task InitializeAsync() => _h = await SimulatorHarness.StartAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task LoseResponse_RecordsTheOrder_ThenDropsTheConnection()
    {
        _h.Sim.Faults.LoseResponse(V2Bodies.PlaceOrder, times: 1);
        var resting = V2Bodies.Order("buy", "0.01", "limit", price: "50000", clientOid: "lost-1");

        await Assert.ThrowsAsync<HttpRequestException>(() => _h.Client.PostAsync(V2Bodies.PlaceOrder, resting));
        var retry = await _h.Client.PostAsync(V2Bodies.PlaceOrder, resting);

        Assert.Single(_h.Sim.OrdersWithClientOid("lost-1"));
        Assert.Equal("40786", retry.Code);
    }

    [Fact]
    public async Task LoseResponse_AsServerError_Answers502AfterRecordingTheOrder()
    {
        _h.Sim.Faults.LoseResponse(V2Bodies.PlaceOrder, times: 1, mode: LostResponseMode.ServerError);

        var reply = await _h.Client.PostAsync(V2Bodies.PlaceOrder, V2Bodies.Order("buy", "0.01", clientOid: "lost-2"));

        Assert.Equal(HttpStatusCode.BadGateway, reply.Status);
        Assert.Single(_h.Sim.OrdersWithClientOid("lost-2"));
    }

    [Fact]
    public async Task LoseResponse_AsTimeout_PlacesTheOrderAndHoldsUntilTheClientGivesUp()
    {
        _h.Sim.Faults.LoseResponse(V2Bodies.PlaceOrder, times: 1, mode: LostResponseMode.Timeout);
        using var http = new HttpClient { BaseAddress = _h.Sim.BaseAddress };
        using var request = _h.Client.Build(HttpMethod.Post, V2Bodies.PlaceOrder, "", V2Bodies.Order("buy", "0.01", clientOid: "lost-3"));
        using var giveUp = new CancellationTokenSource();

        var sending = http.SendAsync(request, giveUp.Token);
        await WaitUntilAsync(() => _h.Sim.Faults.Holding == 1);
        Assert.Single(_h.Sim.OrdersWithClientOid("lost-3"));
        await giveUp.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);
        await WaitUntilAsync(() => _h.Sim.Faults.Holding == 0);
    }

    [Fact]
    public async Task Timeout_HoldsTheRequestUntilTheClientGivesUp()
    {
        _h.Sim.Faults.Timeout(Time, times: 1);
        using var http = new HttpClient { BaseAddress = _h.Sim.BaseAddress };
        using var giveUp = new CancellationTokenSource();

        var sending = http.GetAsync(new Uri(Time, UriKind.Relative), giveUp.Token);
        await WaitUntilAsync(() => _h.Sim.Faults.Holding == 1);
        Assert.False(sending.IsCompleted);
        await giveUp.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);
        await WaitUntilAsync(() => _h.Sim.Faults.Holding == 0);
        (await _h.Client.PublicGetAsync(Time)).EnsureOk();
    }

    [Fact]
    public async Task Stopping_ReleasesHeldRequests()
    {
        var h = await SimulatorHarness.StartAsync();
        h.Sim.Faults.Timeout(Time, times: 1);
        using var http = new HttpClient { BaseAddress = h.Sim.BaseAddress };
        var sending = http.GetAsync(new Uri(Time, UriKind.Relative));
        await WaitUntilAsync(() => h.Sim.Faults.Holding == 1);

        var stopping = h.DisposeAsync().AsTask();
        var finished = await Task.WhenAny(stopping, Task.Delay(TimeSpan.FromSeconds(10)));

        Assert.Same(stopping, finished);
        await Assert.ThrowsAsync<HttpRequestException>(() => sending);
    }

    [Fact]
    public async Task Delay_AnswersNormallyOnceTheClockHasMoved()
    {
        _h.Sim.Faults.Delay(Time, TimeSpan.FromSeconds(5), times: 1);

        var pending = _h.Client.PublicGetAsync(Time);
        await WaitUntilAsync(() => _h.Sim.Faults.Holding == 1);
        Assert.False(pending.IsCompleted);
        _h.Time.Advance(TimeSpan.FromSeconds(5));

        (await pending).EnsureOk();
    }

    [Fact]
    public async Task RateLimitFault_AnswersBitgets429Body()
    {
        _h.Sim.Faults.RateLimit(Time, times: 1);

        var reply = await _h.Client.PublicGetAsync(Time);

        Assert.Equal((HttpStatusCode.TooManyRequests, "429", "Too Many Requests"), (reply.Status, reply.Code, reply.Msg));
    }

    [Fact]
    public async Task ServerError_AnswersAGatewayPageNotJson()
    {
        _h.Sim.Faults.ServerError(Time, times: 1, statusCode: 503);

        var reply = await _h.Client.PublicGetAsync(Time);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, reply.Status);
        Assert.StartsWith("<html>", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MalformedJson_IsNotParseable()
    {
        _h.Sim.Faults.MalformedJson(Time, times: 1);

        var reply = await _h.Client.PublicGetAsync(Time);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.ThrowsAny<JsonException>(() => reply.Json);
    }

    [Fact]
    public async Task DropConnection_GivesNoAnswer()
    {
        _h.Sim.Faults.DropConnection(Time, times: 1);

        await Assert.ThrowsAsync<HttpRequestException>(() => _h.Client.PublicGetAsync(Time));
    }

    [Fact]
    public async Task Maintenance_AnswersTheConfiguredCode()
    {
        _h.Sim.Faults.Maintenance(Time, times: 1, code: "45001", message: "Unknown error");

        var reply = await _h.Client.PublicGetAsync(Time);

        Assert.Equal(("45001", "Unknown error"), (reply.Code, reply.Msg));
    }

    [Fact]
    public async Task Times_LimitsHowOftenAFaultFires()
    {
        var rule = _h.Sim.Faults.Maintenance(Time, times: 2);

        var codes = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            codes.Add((await _h.Client.PublicGetAsync(Time)).Code);
        }

        Assert.Equal(["40200", "40200", "00000", "00000"], codes);
        Assert.Equal(2, rule.Hits);
    }

    [Fact]
    public async Task Probability_IsDeterministicForTheSeed()
    {
        var first = await PatternAsync();
        var second = await PatternAsync();

        Assert.Equal(first, second);
        Assert.Contains("40200", first);
        Assert.Contains("00000", first);
    }

    [Fact]
    public async Task FaultsAreLogged()
    {
        _h.Sim.Faults.Maintenance(Time, times: 1);

        await _h.Client.PublicGetAsync(Time);

        Assert.Equal("Maintenance", Assert.Single(_h.Sim.Requests.For(Time)).Fault);
    }

    private static async Task<List<string>> PatternAsync()
    {
        await using var h = await SimulatorHarness.StartAsync();
        h.Sim.Faults.Add(new FaultRule { Path = "/api/v2/*", Kind = FaultKind.Maintenance, Probability = 0.5 });
        var codes = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            codes.Add((await h.Client.PublicGetAsync(Time)).Code);
        }

        return codes;
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 1000 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition());
    }
}
