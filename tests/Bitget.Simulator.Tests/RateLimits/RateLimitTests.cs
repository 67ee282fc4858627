using System.Net;
using Bitget.Simulator.Tests.Support;

namespace Bitget.Simulator.Tests.RateLimits;

public sealed class RateLimitTests
{
    [Fact]
    public async Task EleventhPlaceOrderInOneSecond_Is429_UntilTheSecondHasPassed()
    {
        await using var h = await SimulatorHarness.StartAsync(rateLimits: true);
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i < 11; i++)
        {
            statuses.Add((await h.Client.PostAsync(V2Bodies.PlaceOrder, V2Bodies.Order("buy", "0.001"))).Status);
        }

        var limited = await h.Client.PostAsync(V2Bodies.PlaceOrder, V2Bodies.Order("buy", "0.001"));
        h.Time.Advance(TimeSpan.FromSeconds(1));
        var later = await h.Client.PostAsync(V2Bodies.PlaceOrder, V2Bodies.Order("buy", "0.001"));

        Assert.Equal(10, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal((HttpStatusCode.TooManyRequests, "429", "Too Many Requests"), (limited.Status, limited.Code, limited.Msg));
        later.EnsureOk();
        Assert.Equal(10, h.Sim.Exchange.Orders().Count - 1);
    }

    [Fact]
    public async Task FlashClose_IsLimitedToOnePerSecond()
    {
        await using var h = await SimulatorHarness.StartAsync(rateLimits: true);
        var body = V2Bodies.Json(new { productType = "USDT-FUTURES" });

        var first = await h.Client.PostAsync("/api/v2/mix/order/close-positions", body);
        var second = await h.Client.PostAsync("/api/v2/mix/order/close-positions", body);

        Assert.Equal("22002", first.Code);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.Status);
    }

    [Fact]
    public async Task RequestLog_ShowsTheBusiestSecond()
    {
        await using var h = await SimulatorHarness.StartAsync(rateLimits: true);
        for (var i = 0; i < 3; i++)
        {
            await h.Client.PublicGetAsync("/api/v2/public/time");
            h.Time.Advance(TimeSpan.FromMilliseconds(400));
        }

        Assert.Equal(3, h.Sim.Requests.Count("/api/v2/public/time"));
        Assert.Equal(3, h.Sim.Requests.MaxInWindow("/api/v2/public/time", TimeSpan.FromSeconds(1)));
        Assert.Equal(2, h.Sim.Requests.MaxInWindow("/api/v2/public/time", TimeSpan.FromMilliseconds(500)));
    }

    [Fact]
    public async Task Answers_CarryTheRemainingLimitHeader()
    {
        await using var h = await SimulatorHarness.StartAsync(rateLimits: true);
        using var http = new HttpClient { BaseAddress = h.Sim.BaseAddress };

        using var response = await http.GetAsync(new Uri("/api/v2/public/time", UriKind.Relative));

        Assert.Equal("19", response.Headers.GetValues("x-mbx-used-remain-limit").Single());
    }
}
