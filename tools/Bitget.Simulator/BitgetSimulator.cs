using Bitget.Simulator.Accounts;
using Bitget.Simulator.Control;
using Bitget.Simulator.Exchange;
using Bitget.Simulator.Faults;
using Bitget.Simulator.Hosting;
using Bitget.Simulator.Market;
using Bitget.Simulator.Orders;
using Bitget.Simulator.Prices;
using Bitget.Simulator.RateLimits;
using Bitget.Simulator.Requests;
using Bitget.Simulator.Signing;
using Bitget.Simulator.Streams;
using Bitget.Simulator.V2.Account;
using Bitget.Simulator.V2.Market;
using Bitget.Simulator.V2.Orders;
using Bitget.Simulator.V3;
using Bitget.Simulator.Wire;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Bitget.Simulator;

/// <summary>
/// A Bitget-compatible paper exchange on a loopback port, started in-process by tests
/// (<c>await using var sim = await BitgetSimulator.StartAsync(new SimulatorOptions { … })</c>) or by <c>Program</c>.
/// </summary>
public sealed class BitgetSimulator : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BitgetSimulator(WebApplication app, SimulatorOptions options)
    {
        _app = app;
        Options = options;
        Exchange = app.Services.GetRequiredService<SimulatedExchange>();
        Faults = app.Services.GetRequiredService<FaultInjector>();
        Requests = app.Services.GetRequiredService<RequestLog>();
        Streams = app.Services.GetRequiredService<StreamHub>();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
    }

    public Uri BaseAddress { get; }

    public SimulatorOptions Options { get; }

    public SimulatedExchange Exchange { get; }

    public PriceBook Prices => Exchange.Prices;

    public FaultInjector Faults { get; }

    public RequestLog Requests { get; }

    /// <summary>The WebSocket endpoints: sessions, the record of private pushes, bursts.</summary>
    public StreamHub Streams { get; }

    /// <summary>The WebSocket host (<c>ws://127.0.0.1:port</c>) for a stream client's base address.</summary>
    public Uri StreamAddress => new UriBuilder(BaseAddress) { Scheme = "ws" }.Uri;

    /// <summary>The first configured account's API key (most tests use one account).</summary>
    public string ApiKey => Options.Accounts[0].ApiKey;

    public static async Task<BitgetSimulator> StartAsync(SimulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new SimulatorOptions();
        var app = Build(options);
        await app.StartAsync(cancellationToken);
        return new BitgetSimulator(app, options);
    }

    /// <summary>Orders of any account carrying this clientOid (tests prove "exactly one order" with it).</summary>
    public IReadOnlyList<OrderSnapshot> OrdersWithClientOid(string clientOid) => Exchange.OrdersWithClientOid(clientOid);

    /// <summary>Puts a position on the book directly for <paramref name="apiKey"/> (default: the first account).</summary>
    public PositionSnapshot SeedPosition(string symbol, PositionSide side, decimal size, decimal entryPrice, decimal? leverage = null, string? apiKey = null) =>
        Exchange.SeedPosition(apiKey ?? ApiKey, symbol, side, size, entryPrice, leverage);

    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => _app.WaitForShutdownAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static WebApplication Build(SimulatorOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(options.Url);
        if (!options.LogRequests)
        {
            builder.Logging.ClearProviders();
        }

        // One line per request comes from the simulator's own log; the framework's per-request lines would double it.
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);

        IEnumerable<ContractSpec> contracts = options.Contracts.Count > 0 ? options.Contracts : DefaultContracts.All;
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(options.TimeProvider);
        builder.Services.AddSingleton(sp => new SimulatedExchange(options.Accounts, contracts, options.TimeProvider, sp.GetRequiredService<ILogger<SimulatedExchange>>()));
        builder.Services.AddSingleton(new FaultInjector(new Random(options.Seed)));
        builder.Services.AddSingleton<RequestLog>();
        builder.Services.AddSingleton<MarketView>();
        builder.Services.AddSingleton<StreamHub>();
        builder.Services.AddProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));

        var app = builder.Build();
        app.UseWebSockets();
        app.UseMiddleware<StreamMiddleware>();
        app.UseMiddleware<RequestLogMiddleware>();
        app.UseMiddleware<FaultMiddleware>();
        app.UseMiddleware<RateLimitMiddleware>();
        app.UseMiddleware<ErrorMiddleware>();
        app.UseMiddleware<AuthenticationMiddleware>();
        app.MapV2Market();
        app.MapV2Accounts();
        app.MapV2Orders();
        app.MapV3();
        app.MapControl();
        app.MapFallback(() => Envelope.Error("40404", "Request URL NOT FOUND", 404));
        return app;
    }
}
