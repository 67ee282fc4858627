using Infra.Tests.Bicep;

namespace Infra.Tests.Checks;

public static class RoleAssignmentChecks
{
    private const string RoleAssignmentType = "Microsoft.Authorization/roleAssignments";

    /// <summary>
    /// Each role assignment must be scoped to a resource, name itself <c>guid(scope.id, principal, role)</c> with the
    /// same scope, principal and role it assigns (so re-deploying never creates a duplicate), and target a service principal.
    /// </summary>
    public static IReadOnlyList<string> Problems(BicepDocument template)
    {
        ArgumentNullException.ThrowIfNull(template);
        var problems = new List<string>();
        foreach (var assignment in template.ResourcesOfType(RoleAssignmentType))
        {
            var where = $"role assignment '{assignment.Symbol}'";
            var scope = assignment.Find("scope")?.AsIdentifier();
            var principal = assignment.Find("properties.principalId")?.Text;
            var role = RoleArgument(assignment);
            if (scope is null || template.Resources.All(r => r.Symbol != scope))
            {
                problems.Add($"{where} is not scoped to a resource of this template");
            }

            if (role is null)
            {
                problems.Add($"{where}: roleDefinitionId is not subscriptionResourceId('Microsoft.Authorization/roleDefinitions', <id>)");
            }

            var name = assignment.Find("name");
            var expected = $"guid({scope}.id,{principal},{role})";
            if (name?.Text != expected)
            {
                problems.Add($"{where}: name is {name?.Text ?? "missing"}, expected {expected}");
            }

            if (assignment.Find("properties.principalType")?.AsLiteralString() != "ServicePrincipal")
            {
                problems.Add($"{where}: principalType is not 'ServicePrincipal'");
            }
        }

        return problems;
    }

    /// <summary>The (scope resource type, role definition GUID) of every role assignment, resolving variables.</summary>
    public static IReadOnlyList<RoleAssignment> Assignments(BicepDocument template)
    {
        ArgumentNullException.ThrowIfNull(template);
        return template.ResourcesOfType(RoleAssignmentType)
            .Select(assignment =>
            {
                var scope = assignment.Find("scope")?.AsIdentifier();
                var scopeType = template.Resources.FirstOrDefault(r => r.Symbol == scope)?.Type ?? "(none)";
                var role = RoleArgument(assignment);
                var id = role is null ? "(unresolved)" : template.Variable(role)?.Value.AsLiteralString() ?? role.Trim('\'');
                return new RoleAssignment(scopeType, id);
            })
            .ToList();
    }

    // The last argument of subscriptionResourceId('Microsoft.Authorization/roleDefinitions', <role>).
    private static string? RoleArgument(ResourceDeclaration assignment)
    {
        var tokens = assignment.Find("properties.roleDefinitionId")?.Tokens;
        return tokens is [{ Text: "subscriptionResourceId" }, { Text: "(" }, { Kind: TokenKind.String, Text: "Microsoft.Authorization/roleDefinitions" }, { Text: "," }, var role, { Text: ")" }]
            ? role.ToString()
            : null;
    }
}
