namespace Sentinel.Functions.Mitigation.Http;

/// <summary>The body of <c>PUT /api/risk/control</c>: a new mode (<c>off</c>, <c>dry-run</c>, <c>live</c>) and/or the kill switch.</summary>
internal sealed record RiskControlRequest(string? Mode, bool? KillSwitch);
