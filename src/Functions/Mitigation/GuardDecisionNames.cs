namespace Sentinel.Functions.Mitigation;

internal static class GuardDecisionNames
{
    public static string ToName(this GuardDecision decision) => decision switch
    {
        GuardDecision.Planned => "planned",
        GuardDecision.Skipped => "skipped",
        GuardDecision.Aborted => "aborted",
        GuardDecision.DryRun => "dry-run",
        GuardDecision.Placed => "placed",
        GuardDecision.Filled => "filled",
        GuardDecision.Failed => "failed",
        _ => "unknown",
    };

    /// <summary>Whether the step counts as taken, so a staged rule moves to its next stage.</summary>
    public static bool TakesStep(this GuardDecision decision) => decision is GuardDecision.DryRun or GuardDecision.Placed or GuardDecision.Filled;
}
