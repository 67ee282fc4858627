namespace Sentinel.Functions.Mitigation;

/// <summary>What an audit row says the decision was about.</summary>
public sealed record AuditFacts(string Who, string RuleId, string SubjectKey, int Stage, string Step, string ClientOid, string? Overrides = null);
