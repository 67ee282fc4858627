namespace Infra.Tests.Bicep;

/// <summary>The declarations of one .bicep or .bicepparam file, and where each name is referenced.</summary>
public sealed class BicepDocument
{
    private readonly IReadOnlySet<Token> _nonReferences;

    internal BicepDocument(
        IReadOnlyList<Token> tokens,
        IReadOnlySet<Token> nonReferences,
        IReadOnlyList<ParameterDeclaration> parameters,
        IReadOnlyList<VariableDeclaration> variables,
        IReadOnlyList<ResourceDeclaration> resources,
        IReadOnlyList<ModuleDeclaration> modules,
        IReadOnlyList<OutputDeclaration> outputs,
        string? usingPath)
    {
        Tokens = tokens;
        _nonReferences = nonReferences;
        Parameters = parameters;
        Variables = variables;
        Resources = resources;
        Modules = modules;
        Outputs = outputs;
        UsingPath = usingPath;
    }

    public IReadOnlyList<Token> Tokens { get; }

    public IReadOnlyList<ParameterDeclaration> Parameters { get; }

    public IReadOnlyList<VariableDeclaration> Variables { get; }

    public IReadOnlyList<ResourceDeclaration> Resources { get; }

    public IReadOnlyList<ModuleDeclaration> Modules { get; }

    public IReadOnlyList<OutputDeclaration> Outputs { get; }

    /// <summary>The template a .bicepparam file applies to (<c>using '...'</c>); null in a .bicep file.</summary>
    public string? UsingPath { get; }

    public static BicepDocument Parse(string source) => BicepParser.Parse(source);

    /// <summary>
    /// How often <paramref name="name"/> is referenced as a symbol: declarations, object keys, property
    /// accesses (<c>x.name</c>) and decorator names do not count; references inside string interpolations do.
    /// </summary>
    public int CountReferences(string name) =>
        Flatten(Tokens).Count(t => t.Kind == TokenKind.Identifier
            && string.Equals(t.Text, name, StringComparison.Ordinal)
            && !_nonReferences.Contains(t));

    public IEnumerable<ResourceDeclaration> ResourcesOfType(string type) =>
        Resources.Where(r => string.Equals(r.Type, type, StringComparison.OrdinalIgnoreCase));

    public VariableDeclaration? Variable(string name) =>
        Variables.FirstOrDefault(v => string.Equals(v.Name, name, StringComparison.Ordinal));

    public ParameterDeclaration? Parameter(string name) =>
        Parameters.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal));

    public ModuleDeclaration? Module(string symbol) =>
        Modules.FirstOrDefault(m => string.Equals(m.Symbol, symbol, StringComparison.Ordinal));

    internal static IEnumerable<Token> Flatten(IEnumerable<Token> tokens)
    {
        foreach (var token in tokens)
        {
            yield return token;
            foreach (var inner in Flatten(token.Embedded))
            {
                yield return inner;
            }
        }
    }
}
