namespace Infra.Tests.Bicep;

/// <summary><c>resource symbol 'Type@apiVersion' [existing] = body</c>.</summary>
public sealed record ResourceDeclaration(string Symbol, string Type, string ApiVersion, bool IsExisting, BicepValue Body)
{
    /// <summary>The resource's object, also when it is declared through a <c>for</c> loop or an <c>if</c>.</summary>
    public BicepObject? Object => Body switch
    {
        BicepObject body => body,
        BicepArray { IsLoop: true, Items: [BicepObject body] } => body,
        _ => null,
    };

    public BicepValue? Find(string path) => Object?.Find(path);
}
