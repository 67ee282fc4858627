namespace Infra.Tests.Bicep;

public enum TokenKind
{
    Identifier,
    String,
    Number,
    Symbol,
    NewLine,
}
