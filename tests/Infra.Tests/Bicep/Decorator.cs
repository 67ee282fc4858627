namespace Infra.Tests.Bicep;

/// <summary>A decorator such as <c>@minValue(40)</c>; <see cref="Arguments"/> is the text between the parentheses.</summary>
public sealed record Decorator(string Name, string Arguments);
