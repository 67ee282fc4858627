namespace Infra.Tests.Bicep;

/// <summary>A parsed Bicep value: an object, an array (or a <c>for</c> loop), or any other expression.</summary>
public abstract class BicepValue(IReadOnlyList<Token> tokens)
{
    public IReadOnlyList<Token> Tokens { get; } = tokens;

    public int Line => Tokens[0].Line;

    /// <summary>The expression without spaces, strings quoted: <c>guid(storage.id,principalId,role)</c>.</summary>
    public string Text => string.Concat(Tokens.Where(t => t.Kind != TokenKind.NewLine));

    /// <summary>The value of a plain string literal; null for anything else (including interpolated strings).</summary>
    public string? AsLiteralString() =>
        Tokens is [{ Kind: TokenKind.String, IsInterpolated: false } token] ? token.Text : null;

    /// <summary>The name when the value is a bare identifier (a parameter, variable or symbol); null otherwise.</summary>
    public string? AsIdentifier() => Tokens is [{ Kind: TokenKind.Identifier } token] ? token.Text : null;

    public bool IsLiteral(bool value) => AsIdentifier() == (value ? "true" : "false");

    public override string ToString() => Text;
}
