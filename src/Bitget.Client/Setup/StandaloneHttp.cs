using Bitget.Client.Credentials;
using Bitget.Client.Http;
using Bitget.Client.Resilience;
using Bitget.Client.Signing;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;

namespace Bitget.Client.Setup;

/// <summary>
/// The HttpClient of a client built without DI: the same handler chain <c>AddBitgetClient</c> registers with
/// IHttpClientFactory (resilience pipeline → signing → dispatch tracking → primary handler), assembled by hand.
/// </summary>
internal static class StandaloneHttp
{
    public static HttpClient Create(
        BitgetClientOptions options,
        IBitgetCredentialsProvider? credentials,
        SharedClientState state,
        HttpMessageHandler? primaryHandler,
        TimeProvider timeProvider,
        Random random,
        ILogger logger)
    {
        var pipeline = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider }
            .AddBitgetStrategies(options, options.RateLimiting ? state.Limiters : null, random, timeProvider, logger)
            .Build();
        var signing = new SigningHandler(credentials, state.Clock)
        {
            InnerHandler = new DispatchTrackingHandler
            {
                InnerHandler = primaryHandler ?? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) },
            },
        };
#pragma warning disable EXTEXP0001 // ResilienceHandler is marked experimental; it is the handler AddResilienceHandler itself uses.
        var resilience = new ResilienceHandler(pipeline) { InnerHandler = signing };
#pragma warning restore EXTEXP0001
        return new HttpClient(resilience, disposeHandler: true) { BaseAddress = options.BaseAddress, Timeout = Timeout.InfiniteTimeSpan };
    }
}
