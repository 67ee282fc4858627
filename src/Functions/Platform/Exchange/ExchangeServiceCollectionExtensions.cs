using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Sentinel.Functions.Platform.Exchange;

internal static class ExchangeServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ExchangeOptions"/> (section <c>Bitget</c>, validated on start) and
    /// <see cref="ExchangePortProvider"/>, which builds the adapter through <see cref="BitgetExchangePortFactory"/>
    /// (unless another <see cref="IExchangePortFactory"/> was registered first) on the <c>BitgetClient</c> of
    /// <c>AddBitgetClient</c>, whose options (timeouts, retries, …) are bound from the same section. Credentials come
    /// from <c>IBitgetCredentialsProvider</c> (<c>AddSecrets</c>).
    /// </summary>
    public static IServiceCollection AddExchange(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ExchangeOptions>()
            .Bind(configuration.GetSection(ExchangeOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(o => o.BaseAddress.IsAbsoluteUri && (o.BaseAddress.Scheme == Uri.UriSchemeHttps || o.BaseAddress.IsLoopback), "Bitget__BaseAddress must be an absolute https URL (http only on loopback, for the simulator).")
            .ValidateOnStart();
        services.AddBitgetClient(configuration.GetSection(ExchangeOptions.SectionName));
        services.TryAddSingleton<IExchangePortFactory, BitgetExchangePortFactory>();
        services.TryAddSingleton<ExchangePortProvider>();
        return services;
    }
}
