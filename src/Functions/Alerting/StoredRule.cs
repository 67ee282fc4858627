using Azure;
using Sentinel.Functions.Alerts;

namespace Sentinel.Functions.Alerting;

/// <summary>A rule as stored, with the ETag an update or delete must present in <c>If-Match</c>.</summary>
public sealed record StoredRule(AlertRuleDocument Rule, ETag ETag);
