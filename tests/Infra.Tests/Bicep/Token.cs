namespace Infra.Tests.Bicep;

/// <summary>
/// One lexical token of a Bicep file. For a string, <see cref="Text"/> is the decoded literal with each
/// interpolation kept as written (<c>${expr}</c>), and <see cref="Embedded"/> holds the tokens inside
/// those interpolations, so references made only inside strings are still seen.
/// </summary>
public sealed class Token(TokenKind kind, string text, int line, IReadOnlyList<Token>? embedded = null)
{
    public TokenKind Kind { get; } = kind;

    public string Text { get; } = text;

    public int Line { get; } = line;

    public IReadOnlyList<Token> Embedded { get; } = embedded ?? [];

    public bool IsInterpolated => Embedded.Count > 0;

    public bool Is(TokenKind kind, string text) => Kind == kind && string.Equals(Text, text, StringComparison.Ordinal);

    public bool IsSymbol(string text) => Is(TokenKind.Symbol, text);

    public bool IsIdentifier(string text) => Is(TokenKind.Identifier, text);

    public override string ToString() => Kind == TokenKind.String ? $"'{Text}'" : Text;
}
