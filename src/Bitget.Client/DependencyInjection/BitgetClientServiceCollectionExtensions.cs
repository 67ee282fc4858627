using Bitget.Client.Credentials;
using Bitget.Client.DependencyInjection;
using Bitget.Client.Http;
using Bitget.Client.Resilience;
using Bitget.Client.Setup;
using Bitget.Client.Signing;
using Bitget.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="BitgetClient"/> with IHttpClientFactory.</summary>
public static class BitgetClientServiceCollectionExtensions
{
    /// <summary>
    /// Registers a singleton <see cref="BitgetClient"/> whose options are bound from <paramref name="configuration"/>
    /// (the <c>Bitget</c> section: <c>Bitget__BaseAddress</c>, <c>Bitget__AttemptTimeout</c>, …), as
    /// <see cref="AddBitgetClient(IServiceCollection, Action{BitgetClientOptions}?)"/> does.
    /// </summary>
    public static IHttpClientBuilder AddBitgetClient(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<BitgetClientOptions>().Bind(configuration);
        return services.AddBitgetClient();
    }

    /// <summary>
    /// Registers a singleton <see cref="BitgetClient"/> on the HttpClient named <see cref="BitgetClient.HttpClientName"/>:
    /// its resilience pipeline (<c>AddResilienceHandler</c>: total timeout, retry, circuit breaker, rate limiter,
    /// attempt timeout), then signing. <see cref="BitgetClientOptions"/> are validated on start. The client takes
    /// <see cref="IBitgetCredentialsProvider"/> (none: public data only), <see cref="TimeProvider"/> and
    /// <see cref="Random"/> from the container when registered (the system clock and a randomly seeded source
    /// otherwise). The returned builder configures the HttpClient further (its primary handler, for example).
    /// </summary>
    public static IHttpClientBuilder AddBitgetClient(this IServiceCollection services, Action<BitgetClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<BitgetClientOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        var http = services.AddHttpClient(BitgetClient.HttpClientName);
        if (services.Any(d => d.ServiceType == typeof(SharedClientState)))
        {
            return http;
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BitgetClientOptions>, BitgetClientOptionsValidator>());
        services.AddSingleton(sp => new SharedClientState(TimeOf(sp)));
        services.AddSingleton(sp => new BitgetClient(SetupOf(sp)));
        http.ConfigureHttpClient((sp, client) =>
            {
                client.BaseAddress = OptionsOf(sp).BaseAddress;
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            .AddResilienceHandler("pipeline", static (builder, context) =>
            {
                var sp = context.ServiceProvider;
                var settings = OptionsOf(sp);
                var state = sp.GetRequiredService<SharedClientState>();
                builder.AddBitgetStrategies(settings, settings.RateLimiting ? state.Limiters : null, RandomOf(sp), TimeOf(sp), LoggerOf(sp));
            });
        http.AddHttpMessageHandler(sp => new SigningHandler(sp.GetService<IBitgetCredentialsProvider>(), sp.GetRequiredService<SharedClientState>().Clock));
        http.AddHttpMessageHandler(() => new DispatchTrackingHandler());
        return http;
    }

    private static BitgetClientSetup SetupOf(IServiceProvider sp)
    {
        var factory = sp.GetRequiredService<IHttpClientFactory>();
        return new BitgetClientSetup(
            () => factory.CreateClient(BitgetClient.HttpClientName),
            OptionsOf(sp),
            sp.GetService<IBitgetCredentialsProvider>(),
            sp.GetRequiredService<SharedClientState>(),
            TimeOf(sp),
            RandomOf(sp),
            LoggerOf(sp),
            []);
    }

    private static BitgetClientOptions OptionsOf(IServiceProvider sp) => sp.GetRequiredService<IOptions<BitgetClientOptions>>().Value;

    private static TimeProvider TimeOf(IServiceProvider sp) => sp.GetService<TimeProvider>() ?? TimeProvider.System;

    private static Random RandomOf(IServiceProvider sp) => sp.GetService<Random>() ?? BitgetClient.NewRandom();

    private static ILogger LoggerOf(IServiceProvider sp) =>
        (sp.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance).CreateLogger<BitgetClient>();
}
