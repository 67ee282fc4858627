namespace Sentinel.Functions.Platform.Health;

/// <summary>One component's line in the health report.</summary>
public sealed record ComponentHealth(string Name, HealthStatus Status, string? Detail, double DurationMs);
