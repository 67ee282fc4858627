using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Sentinel.Functions.Actions;

internal static class ActionsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the manual-action API: <see cref="ActionOptions"/> (<c>Actions:*</c>, checked at start), its stores
    /// (previews and idempotency records in the <c>actions</c> table, rows in <c>audit</c>) and handlers. Needs <c>AddRisk</c>.
    /// </summary>
    public static IServiceCollection AddActions(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ActionOptions>().Bind(configuration.GetSection(ActionOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<PreviewStore>();
        services.TryAddSingleton<IdempotencyStore>();
        services.TryAddSingleton<ActionAuditStore>();
        services.TryAddSingleton<ActionPipeline>();
        services.TryAddSingleton<ManualActions>();
        services.TryAddSingleton<FlattenAll>();
        services.TryAddSingleton<ControlActions>();
        services.TryAddSingleton<AuditQuery>();
        return services;
    }
}
