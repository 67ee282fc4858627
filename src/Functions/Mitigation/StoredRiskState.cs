using Azure;
using Sentinel.Core.Risk;

namespace Sentinel.Functions.Mitigation;

/// <summary>A risk state with the ETag it was read with.</summary>
internal sealed record StoredRiskState(RiskState State, ETag ETag);
