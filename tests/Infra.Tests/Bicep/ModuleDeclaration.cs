namespace Infra.Tests.Bicep;

/// <summary><c>module symbol 'path' = { name: ..., params: { ... } }</c>.</summary>
public sealed record ModuleDeclaration(string Symbol, string Path, BicepValue Body)
{
    public BicepObject? Params => (Body as BicepObject)?.Get("params") as BicepObject;
}
