using Bitget.Client.Trading;

namespace Sentinel.Functions.Mitigation;

/// <summary>What the guard decided for one request, and the orders the exchange reported.</summary>
/// <param name="Decision">The final decision (never <see cref="GuardDecision.Planned"/>).</param>
/// <param name="Reason">Why, in words (also in the audit and the notification).</param>
/// <param name="Orders">Orders sent or found; empty when nothing was sent.</param>
/// <param name="StepTaken">Whether the step counts as done (taken now, in dry-run, or found already taken).</param>
public sealed record GuardResult(GuardDecision Decision, string Reason, IReadOnlyList<ExchangeOrder> Orders, bool StepTaken);
