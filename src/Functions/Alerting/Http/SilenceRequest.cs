namespace Sentinel.Functions.Alerting.Http;

/// <summary>The body of <c>POST /api/silences</c>: a rule, a symbol or both, until <see cref="ExpiresAt"/> or for <see cref="DurationMinutes"/>.</summary>
internal sealed record SilenceRequest(string? RuleId, string? Symbol, DateTimeOffset? ExpiresAt, int? DurationMinutes, string? Comment);
