namespace Infra.Tests.Bicep;

/// <summary>An object literal <c>{ key: value ... }</c>.</summary>
public sealed class BicepObject(IReadOnlyList<Token> tokens, IReadOnlyList<BicepProperty> properties) : BicepValue(tokens)
{
    public IReadOnlyList<BicepProperty> Properties { get; } = properties;

    public BicepValue? Get(string name) =>
        Properties.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal))?.Value;

    /// <summary>Follows a dotted path of property names (<c>properties.siteConfig.ftpsState</c>); null when any step is missing.</summary>
    public BicepValue? Find(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        BicepValue? current = this;
        foreach (var name in path.Split('.'))
        {
            current = (current as BicepObject)?.Get(name);
        }

        return current;
    }
}
