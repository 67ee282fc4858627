using Bitget.Client.Trading;

namespace Sentinel.Functions.Mitigation;

/// <summary>One guard decision to notify: the request, its result, the mode, and the position as last read.</summary>
public sealed record MitigationNotice(MitigationRequest Request, GuardResult Result, RiskMode Mode, ExchangePosition Position);
