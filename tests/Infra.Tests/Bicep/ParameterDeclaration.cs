namespace Infra.Tests.Bicep;

/// <summary><c>param name type = default</c> (in a .bicepparam file: <c>param name = value</c>, with an empty type).</summary>
public sealed record ParameterDeclaration(string Name, string Type, BicepValue? Default, IReadOnlyList<Decorator> Decorators, int Line)
{
    /// <summary>A caller must pass it: no default and not nullable.</summary>
    public bool IsRequired => Default is null && !Type.EndsWith('?');
}
