namespace Infra.Tests.Bicep;

/// <summary>An array literal, or a <c>[for x in xs: body]</c> loop whose single item is the body.</summary>
public sealed class BicepArray(IReadOnlyList<Token> tokens, IReadOnlyList<BicepValue> items, bool isLoop) : BicepValue(tokens)
{
    public IReadOnlyList<BicepValue> Items { get; } = items;

    public bool IsLoop { get; } = isLoop;
}
