namespace Infra.Tests.Checks;

/// <summary>
/// Azure built-in role definition IDs (identical in every tenant; Microsoft's "Azure built-in roles" page).
/// </summary>
public static class BuiltInRoles
{
    public const string StorageBlobDataOwner = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b";
    public const string StorageTableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";
    public const string StorageQueueDataContributor = "974c5e8b-45b9-4653-ba55-5f855dd0fb88";
    public const string KeyVaultSecretsUser = "4633458b-17de-408a-b874-0445c86b69e6";
    public const string MonitoringMetricsPublisher = "3913510d-42f4-4e42-8a64-420c390055eb";
    public const string Owner = "8e3af657-a8ff-443c-a75c-2fe8c4bcb635";
    public const string Contributor = "b24988ac-6180-42a0-ab88-20f7382dd24c";
    public const string UserAccessAdministrator = "18d7d88d-d35e-4fb5-a5c3-7773c20a72d9";

    /// <summary>Public identifiers, not secrets: a template may spell them out.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        StorageBlobDataOwner, StorageTableDataContributor, StorageQueueDataContributor, KeyVaultSecretsUser,
        MonitoringMetricsPublisher, Owner, Contributor, UserAccessAdministrator,
    };
}
