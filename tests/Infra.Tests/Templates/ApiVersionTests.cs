using Infra.Tests.Bicep;
using Infra.Tests.Checks;

namespace Infra.Tests.Templates;

public class ApiVersionTests
{
    // Newest GA API version of each type, researched 2026-11-21 (learn.microsoft.com/azure/templates and the
    // azure-rest-api-specs stable folders). A template may move forward, never back, and never to a preview.
    private static readonly Dictionary<string, string> Minimums = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Microsoft.Web/serverfarms"] = "2024-11-01",
        ["Microsoft.Web/sites"] = "2024-11-01",
        ["Microsoft.Web/sites/basicPublishingCredentialsPolicies"] = "2024-11-01",
        ["Microsoft.Storage/storageAccounts"] = "2025-01-01",
        ["Microsoft.Storage/storageAccounts/blobServices"] = "2025-01-01",
        ["Microsoft.Storage/storageAccounts/blobServices/containers"] = "2025-01-01",
        ["Microsoft.Storage/storageAccounts/tableServices"] = "2025-01-01",
        ["Microsoft.Storage/storageAccounts/tableServices/tables"] = "2025-01-01",
        ["Microsoft.KeyVault/vaults"] = "2024-11-01",
        ["Microsoft.ManagedIdentity/userAssignedIdentities"] = "2024-11-30",
        ["Microsoft.OperationalInsights/workspaces"] = "2025-02-01",
        // Still the newest GA version of the component resource.
        ["Microsoft.Insights/components"] = "2020-02-02",
        ["Microsoft.Authorization/roleAssignments"] = "2022-04-01",
        ["Microsoft.Insights/actionGroups"] = "2023-01-01",
        ["Microsoft.Insights/scheduledQueryRules"] = "2023-12-01",
    };

    public static TheoryData<string> Templates() => new(InfraFiles.BicepFiles());

    [Theory]
    [MemberData(nameof(Templates))]
    public void Resources_UseCurrentGaApiVersions(string template)
    {
        Assert.Empty(ResourceChecks.ApiVersionProblems(InfraFiles.Parse(template), Minimums));
    }

    [Fact]
    public void ApiVersionProblems_OlderVersion_IsReported()
    {
        var source = InfraFiles.Mutate(InfraFiles.Read(InfraFiles.Storage), "'Microsoft.Storage/storageAccounts@2025-01-01'", "'Microsoft.Storage/storageAccounts@2023-01-01'");

        var problems = ResourceChecks.ApiVersionProblems(BicepDocument.Parse(source), Minimums);

        Assert.Equal(["'account' (Microsoft.Storage/storageAccounts@2023-01-01) is older than 2025-01-01"], problems);
    }

    [Fact]
    public void ApiVersionProblems_PreviewVersion_IsReported()
    {
        var source = InfraFiles.Mutate(InfraFiles.Read(InfraFiles.FunctionApp), "'Microsoft.Web/sites@2024-11-01'", "'Microsoft.Web/sites@2025-06-01-preview'");

        var problems = ResourceChecks.ApiVersionProblems(BicepDocument.Parse(source), Minimums);

        Assert.Equal(["'site' (Microsoft.Web/sites@2025-06-01-preview) is not a GA API version"], problems);
    }

    [Fact]
    public void ApiVersionProblems_TypeNobodyResearched_IsReported()
    {
        var document = BicepDocument.Parse("resource cache 'Microsoft.Cache/redis@2024-11-01' = {\n  name: 'cache'\n}\n");

        var problem = Assert.Single(ResourceChecks.ApiVersionProblems(document, Minimums));
        Assert.EndsWith("no researched minimum API version for this type", problem, StringComparison.Ordinal);
    }
}
