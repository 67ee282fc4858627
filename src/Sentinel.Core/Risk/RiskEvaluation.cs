namespace Sentinel.Core.Risk;

/// <summary>What one evaluation decided.</summary>
/// <param name="Actions">Steps to take now, in rule order.</param>
/// <param name="Changed">States that are new or changed (breach counts, episodes started).</param>
/// <param name="Ended">States whose episode ended (cleared, or the position is gone): to be deleted.</param>
public sealed record RiskEvaluation(IReadOnlyList<PlannedAction> Actions, IReadOnlyList<RiskState> Changed, IReadOnlyList<RiskState> Ended);
