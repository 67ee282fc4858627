using Azure.Core;
using Azure.Data.Tables;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Sentinel.Functions.Platform.Secrets;
using Sentinel.Functions.Platform.State.Leases;

namespace Sentinel.Functions.Platform.State;

internal static class TableStateServiceCollectionExtensions
{
    /// <summary>
    /// Registers Azure.Data.Tables' <see cref="TableServiceClient"/> through <c>AddAzureClients</c> (a connection
    /// string, or the table service URI with <c>DefaultAzureCredential</c>), <see cref="StateTableClients"/> (tables
    /// created on first use), <see cref="TableLeaseManager"/> over the <c>leases</c> table and
    /// <see cref="TableStateHealth"/>. Reads the <c>State</c> section (validated on start) and, for managed identity,
    /// <c>AZURE_CLIENT_ID</c>. Does no I/O at start. <paramref name="configure"/> may tune the pipeline (retries, policies).
    /// </summary>
    public static IServiceCollection AddTableState(this IServiceCollection services, IConfiguration configuration, Action<TableClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<TableStateOptions>().Bind(configuration.GetSection(TableStateOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TableStateOptions>, TableStateOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TokenCredential>(_ => AzureCredentials.Create(configuration));
        services.AddAzureClients(clients => clients
            .AddClient<TableServiceClient, TableClientOptions>((options, credential, provider) => Create(provider, options, credential))
            .WithCredential(provider => provider.GetRequiredService<TokenCredential>())
            .ConfigureOptions(options =>
            {
                // Retries that fit a tick and a read's budget (the SDK's defaults back off for 6 s and wait 100 s per try).
                options.Retry.Delay = TimeSpan.FromMilliseconds(200);
                options.Retry.MaxDelay = TimeSpan.FromSeconds(2);
                options.Retry.NetworkTimeout = TimeSpan.FromSeconds(5);
                configure?.Invoke(options);
            }));
        services.TryAddSingleton<StateTableClients>();
        services.TryAddSingleton(sp => new TableLeaseManager(
            sp.GetRequiredService<TableServiceClient>().GetTableClient(StateTables.Leases),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<TableLeaseManager>>()));
        // Its own client without retries: the app's client retries for seconds, which would outlast the probe and hide why.
        services.TryAddSingleton(sp => new TableStateHealth(Create(sp, TableStateHealth.ClientOptions(configure), sp.GetRequiredService<TokenCredential>())));
        return services;
    }

    private static TableServiceClient Create(IServiceProvider services, TableClientOptions clientOptions, TokenCredential credential)
    {
        var options = services.GetRequiredService<IOptions<TableStateOptions>>().Value;
        return string.IsNullOrWhiteSpace(options.ConnectionString)
            ? new TableServiceClient(new Uri(options.TableServiceUri!), credential, clientOptions)
            : new TableServiceClient(options.ConnectionString, clientOptions);
    }
}
