namespace Sentinel.Functions.Platform.Health;

/// <summary>The body of <c>GET /api/health</c>: overall status (the worst component's) and each component.</summary>
public sealed record HealthReport(HealthStatus Status, IReadOnlyList<ComponentHealth> Components);
