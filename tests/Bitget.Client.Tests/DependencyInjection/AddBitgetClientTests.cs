using System.Net;
using Bitget.Client.Credentials;
using Bitget.Client.Errors;
using Bitget.Client.RateLimiting;
using Bitget.Client.Tests.Support;
using Bitget.Client.Trading;
using Bitget.Client.V2.Orders;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bitget.Client.Tests.DependencyInjection;

/// <summary>The client registered with <c>AddBitgetClient</c>: IHttpClientFactory, the container's clock and credentials.</summary>
public sealed class AddBitgetClientTests
{
    private const string TickersPath = "/api/v2/mix/market/tickers";
    private const string ClosePath = "/api/v2/mix/order/close-positions";
    private static readonly string Ok = FakeBitgetHandler.Success("""[{"symbol":"BTCUSDT","lastPr":"1","ts":"1"}]""");

    [Fact]
    public async Task Read_RetriedOnlyWhenTheContainersClockMoves()
    {
        var time = new FakeTimeProvider();
        var handler = new FakeBitgetHandler()
            .Once(TickersPath, (HttpStatusCode)503, "down")
            .Always(TickersPath, HttpStatusCode.OK, Ok);
        using var services = CreateServices(handler, time);
        var client = services.GetRequiredService<BitgetClient>();

        var reading = client.Market.GetTickersAsync();
        await WaitForRequestsAsync(handler, 1);
        await Task.Yield();

        Assert.False(reading.IsCompleted);
        Assert.Single(handler.Requests);
        var tickers = await time.RunAsync(reading);
        Assert.Equal(1m, Assert.Single(tickers).LastPrice);
        Assert.Equal(2, handler.To(TickersPath).Count);
    }

    [Fact]
    public async Task SecondFlashCloseWithinTheWindow_WaitsForTheLimiterOnTheContainersClock()
    {
        var time = new FakeTimeProvider();
        var handler = new FakeBitgetHandler().Always(ClosePath, HttpStatusCode.OK, FakeBitgetHandler.Success("""{"successList":[],"failureList":[]}"""));
        using var services = CreateServices(handler, time);
        var client = services.GetRequiredService<BitgetClient>();
        await client.Orders.ClosePositionsAsync("BTCUSDT", PositionMode.OneWay, null);

        var second = client.Orders.ClosePositionsAsync("ETHUSDT", PositionMode.OneWay, null);
        for (var i = 0; i < 20; i++)
        {
            await Task.Yield();
        }

        Assert.False(second.IsCompleted);
        Assert.Single(handler.Requests);
        time.Advance(EndpointRateLimiters.Window);
        await second;
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task PlaceOrders_QueuedLongerThanTheAttemptTimeout_EachSentOnceAndNeverLookedUp()
    {
        var time = new FakeTimeProvider();
        var next = 0;
        var handler = new FakeBitgetHandler().InPositionMode(PositionMode.OneWay).Always("/api/v2/mix/order/place-order", _ => Task.FromResult(FakeBitgetHandler.Json(
            HttpStatusCode.OK, FakeBitgetHandler.Success($$"""{"orderId":"{{Interlocked.Increment(ref next)}}","clientOid":""}"""))));
        using var services = CreateServices(handler, time, o => o.AttemptTimeout = TimeSpan.FromSeconds(2));
        var client = services.GetRequiredService<BitgetClient>();

        var acks = await time.RunAsync(Task.WhenAll(Enumerable.Range(0, 40).Select(_ => client.Orders.PlaceAsync(new PlaceOrderRequest
        {
            Symbol = "BTCUSDT", MarginCoin = "USDT", PositionMode = PositionMode.OneWay, PositionSide = PositionSide.Long, Action = OrderAction.Close, Size = 0.1m,
        }))));

        Assert.Equal(40, acks.Select(a => a.OrderId).Distinct().Count());
        Assert.Equal(40, handler.To("/api/v2/mix/order/place-order").Count);
        Assert.Empty(handler.To("/api/v2/mix/order/detail"));
    }

    [Fact]
    public async Task SignedRequest_CarriesTheContainersCredentials()
    {
        var handler = new FakeBitgetHandler().Always(ClosePath, HttpStatusCode.OK, FakeBitgetHandler.Success("""{"successList":[],"failureList":[]}"""));
        using var services = CreateServices(handler, new FakeTimeProvider());

        await services.GetRequiredService<BitgetClient>().Orders.ClosePositionsAsync("BTCUSDT", PositionMode.OneWay, null);

        var request = Assert.Single(handler.Requests);
        Assert.Equal(TestClients.Credentials.ApiKey, Assert.Single(request.Headers.GetValues("ACCESS-KEY")));
        Assert.Equal("bitget.test", request.Uri.Host);
    }

    [Fact]
    public async Task Options_BoundFromConfiguration()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bitget:BaseAddress"] = "https://sim.test:8080",
            ["Bitget:MaxReadRetries"] = "0",
            ["Bitget:SynchronizeClock"] = "false",
        }).Build();
        var handler = new FakeBitgetHandler().Always(TickersPath, (HttpStatusCode)503, "down");
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider());
        services.AddBitgetClient(configuration.GetSection(BitgetClientOptions.SectionName)).ConfigurePrimaryHttpMessageHandler(() => handler);
        using var provider = services.BuildServiceProvider();

        var ex = await Assert.ThrowsAsync<BitgetApiException>(() => provider.GetRequiredService<BitgetClient>().Market.GetTickersAsync());

        Assert.Equal(BitgetErrorKind.ServerError, ex.Kind);
        var request = Assert.Single(handler.Requests);
        Assert.Equal(new Uri("https://sim.test:8080/api/v2/mix/market/tickers"), new Uri(request.Uri.GetLeftPart(UriPartial.Path)));
    }

    [Fact]
    public void InvalidOptions_FailOnStart_NamingEachSetting()
    {
        using var services = CreateServices(new FakeBitgetHandler(), new FakeTimeProvider(), o =>
        {
            o.AttemptTimeout = TimeSpan.Zero;
            o.CircuitFailureRatio = 2;
        });

        var ex = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(ex.Failures, f => f.StartsWith("Bitget__AttemptTimeout must be between", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.StartsWith("Bitget__CircuitFailureRatio must be in (0, 1]", StringComparison.Ordinal));
    }

    [Fact]
    public void AddedTwice_OneClientAndOnePipeline()
    {
        var services = new ServiceCollection();

        services.AddBitgetClient();
        services.AddBitgetClient();

        Assert.Single(services, d => d.ServiceType == typeof(BitgetClient));
    }

    private static ServiceProvider CreateServices(FakeBitgetHandler handler, FakeTimeProvider time, Action<BitgetClientOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddSingleton(new Random(42));
        services.AddSingleton<IBitgetCredentialsProvider>(new StaticCredentialsProvider(TestClients.Credentials));
        services.AddBitgetClient(o =>
            {
                o.BaseAddress = new Uri("https://bitget.test");
                o.SynchronizeClock = false;
                o.TotalTimeout = TimeSpan.FromDays(1);
                configure?.Invoke(o);
            })
            .ConfigurePrimaryHttpMessageHandler(() => handler);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    private static async Task WaitForRequestsAsync(FakeBitgetHandler handler, int count)
    {
        for (var i = 0; i < 1_000 && handler.Requests.Count < count; i++)
        {
            await Task.Yield();
        }
    }
}
