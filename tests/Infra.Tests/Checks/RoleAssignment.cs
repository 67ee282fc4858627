namespace Infra.Tests.Checks;

/// <summary>A role assignment as granted: the type of the resource it is scoped to and the role definition GUID.</summary>
public sealed record RoleAssignment(string ScopeType, string RoleDefinitionId);
