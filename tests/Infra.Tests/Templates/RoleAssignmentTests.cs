using System.Text.RegularExpressions;
using Infra.Tests.Bicep;
using Infra.Tests.Checks;

namespace Infra.Tests.Templates;

public partial class RoleAssignmentTests
{
    private const string Storage = "Microsoft.Storage/storageAccounts";

    private static readonly RoleAssignment[] WhatTheAppNeeds =
    [
        new(Storage, BuiltInRoles.StorageBlobDataOwner),
        new(Storage, BuiltInRoles.StorageTableDataContributor),
        new("Microsoft.KeyVault/vaults", BuiltInRoles.KeyVaultSecretsUser),
        new("Microsoft.Insights/components", BuiltInRoles.MonitoringMetricsPublisher),
    ];

    public static TheoryData<string> Templates() => new(InfraFiles.BicepFiles());

    [Theory]
    [MemberData(nameof(Templates))]
    public void RoleAssignments_AreNamedDeterministicallyFromScopePrincipalAndRole(string template)
    {
        Assert.Empty(RoleAssignmentChecks.Problems(InfraFiles.Parse(template)));
    }

    [Fact]
    public void RoleAssignments_GrantExactlyWhatTheAppNeeds()
    {
        var granted = InfraFiles.BicepFiles().SelectMany(file => RoleAssignmentChecks.Assignments(InfraFiles.Parse(file)));

        Assert.Equal(Ordered(WhatTheAppNeeds), Ordered(granted));
    }

    [Fact]
    public void Infra_SpellsOutNoRoleIdBeyondTheGrantedOnes()
    {
        var allowed = WhatTheAppNeeds.Select(a => a.RoleDefinitionId).ToHashSet(StringComparer.OrdinalIgnoreCase);

        var others = Directory.EnumerateFiles(InfraFiles.InfraRoot, "*", SearchOption.AllDirectories)
            .SelectMany(file => Guid().Matches(File.ReadAllText(file)).Select(m => $"{Path.GetFileName(file)}: {m.Value}"))
            .Where(found => !allowed.Contains(found[(found.IndexOf(": ", StringComparison.Ordinal) + 2)..]));

        Assert.Empty(others);
    }

    [Fact]
    public void Problems_NameBuiltFromAnotherScope_IsReported()
    {
        var source = InfraFiles.Mutate(InfraFiles.Read(InfraFiles.Roles), "name: guid(vault.id, principalId, keyVaultSecretsUser)", "name: guid(storage.id, principalId, keyVaultSecretsUser)");

        var problem = Assert.Single(RoleAssignmentChecks.Problems(BicepDocument.Parse(source)));
        Assert.StartsWith("role assignment 'secretsUser': name is guid(storage.id,principalId,keyVaultSecretsUser)", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_NameWithoutTheRole_IsReported()
    {
        var source = InfraFiles.Mutate(InfraFiles.Read(InfraFiles.Roles), "name: guid(appInsights.id, principalId, monitoringMetricsPublisher)", "name: guid(appInsights.id, principalId)");

        var problem = Assert.Single(RoleAssignmentChecks.Problems(BicepDocument.Parse(source)));
        Assert.Contains("'metricsPublisher'", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_AssignmentWithoutResourceScope_IsReported()
    {
        var source = InfraFiles.Mutate(InfraFiles.Read(InfraFiles.Roles), "  scope: storage\n  properties: {\n    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageTableDataContributor)", "  properties: {\n    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageTableDataContributor)");

        var problems = RoleAssignmentChecks.Problems(BicepDocument.Parse(source));

        Assert.Contains("role assignment 'tableDataContributor' is not scoped to a resource of this template", problems);
    }

    [Fact]
    public void Assignments_OwnerSwappedIn_DifferFromWhatTheAppNeeds()
    {
        var source = InfraFiles.Mutate(InfraFiles.Read(InfraFiles.Roles), $"var keyVaultSecretsUser = '{BuiltInRoles.KeyVaultSecretsUser}'", $"var keyVaultSecretsUser = '{BuiltInRoles.Owner}'");

        var granted = RoleAssignmentChecks.Assignments(BicepDocument.Parse(source));

        Assert.Contains(new RoleAssignment("Microsoft.KeyVault/vaults", BuiltInRoles.Owner), granted);
        Assert.NotEqual(Ordered(WhatTheAppNeeds), Ordered(granted));
    }

    private static List<string> Ordered(IEnumerable<RoleAssignment> assignments) =>
        assignments.Select(a => $"{a.ScopeType} {a.RoleDefinitionId}").Order(StringComparer.Ordinal).ToList();

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", RegexOptions.IgnoreCase)]
    private static partial Regex Guid();
}
