namespace Infra.Tests.Bicep;

/// <summary>Any value that is not an object or array literal: a literal, a reference, a call, an operator.</summary>
public sealed class BicepExpression(IReadOnlyList<Token> tokens) : BicepValue(tokens);
