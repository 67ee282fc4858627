namespace Infra.Tests.Bicep;

public sealed record BicepProperty(string Name, BicepValue Value);
