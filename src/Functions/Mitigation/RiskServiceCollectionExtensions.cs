using Azure.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Sentinel.Functions.Monitoring;
using Sentinel.Functions.Platform.State;
using AzureTables = Azure.Data.Tables;

namespace Sentinel.Functions.Mitigation;

internal static class RiskServiceCollectionExtensions
{
    /// <summary>
    /// Registers the risk feature: <see cref="GuardOptions"/> (<c>Risk:Guard</c>, checked at start), its stores on
    /// Azure.Data.Tables (the <c>State</c> section's account; tables created on first use), the guard, its notifier,
    /// the protective-stop watchdog, and the tick observer, which runs after the alert observer when registered after <c>AddAlerting</c>. Needs
    /// <c>AddTableState</c>, <c>AddExchange</c>, <c>AddMonitoring</c> and <c>AddAlerting</c>.
    /// </summary>
    public static IServiceCollection AddRisk(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<GuardOptions>().Bind(configuration.GetSection(GuardOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(CreateTableService);
        services.TryAddSingleton<RiskTables>();
        services.TryAddSingleton<RiskControlStore>();
        services.TryAddSingleton<RiskStateStore>();
        services.TryAddSingleton<MitigationJournal>();
        services.TryAddSingleton<ActionBudgetStore>();
        services.TryAddSingleton<MitigationAuditStore>();
        services.TryAddSingleton<MitigationNotifier>();
        services.TryAddSingleton<MitigationGuard>();
        services.TryAddSingleton<ProtectiveStopMemory>();
        services.TryAddSingleton<ProtectiveStopKeeper>();
        services.AddSingleton<ITickObserver, RiskTickObserver>();
        return services;
    }

    private static AzureTables.TableServiceClient CreateTableService(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<TableStateOptions>>().Value;
        return string.IsNullOrWhiteSpace(options.ConnectionString)
            ? new AzureTables.TableServiceClient(new Uri(options.TableServiceUri!), services.GetRequiredService<TokenCredential>())
            : new AzureTables.TableServiceClient(options.ConnectionString);
    }
}
