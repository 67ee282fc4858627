namespace Infra.Tests.Bicep;

public sealed record OutputDeclaration(string Name, string Type, BicepValue Value);
