using Azure.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Sentinel.Functions.Secrets;
using Sentinel.Functions.State.Leases;
using Sentinel.Functions.State.Tables;

namespace Sentinel.Functions.State;

public static class TableStateServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Table client (<see cref="TableServiceClient"/>), <see cref="TableLeaseManager"/> over the
    /// <c>leases</c> table, <see cref="TableStateHealth"/>, and table creation at start. Reads the <c>State</c>
    /// section (validated on start) and, for managed identity, <c>AZURE_CLIENT_ID</c>. <paramref name="configure"/>
    /// may tune the pipeline (retries, diagnostics).
    /// </summary>
    public static IServiceCollection AddTableState(this IServiceCollection services, IConfiguration configuration, Action<TableClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<TableStateOptions>().Bind(configuration.GetSection(TableStateOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TableStateOptions>, TableStateOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TokenCredential>(_ => AzureCredentials.Create(configuration));
        services.TryAddSingleton(sp => CreateService(sp, configure));
        services.TryAddSingleton(sp => new TableLeaseManager(
            sp.GetRequiredService<TableServiceClient>().GetTableClient(StateTables.Leases),
            sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<TableStateHealth>();
        services.AddHostedService<TableStateInitializer>();
        return services;
    }

    private static TableServiceClient CreateService(IServiceProvider services, Action<TableClientOptions>? configure)
    {
        var options = services.GetRequiredService<IOptions<TableStateOptions>>().Value;
        var clientOptions = new TableClientOptions { TimeProvider = services.GetRequiredService<TimeProvider>() };
        configure?.Invoke(clientOptions);
        return string.IsNullOrWhiteSpace(options.ConnectionString)
            ? new TableServiceClient(new Uri(options.TableServiceUri!), services.GetRequiredService<TokenCredential>(), clientOptions)
            : new TableServiceClient(options.ConnectionString, clientOptions);
    }
}
