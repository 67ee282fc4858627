namespace Sentinel.Functions.Mitigation;

/// <summary>Every decision the guard records (audit action <c>risk.&lt;name&gt;</c>).</summary>
public enum GuardDecision
{
    /// <summary>A step arrived at the guard (written before anything is checked or sent).</summary>
    Planned,

    /// <summary>Not sent, by rule: mode off, kill switch, lease held, caps, cooldown, below minimum, already done, unresolved order.</summary>
    Skipped,

    /// <summary>Not sent: the position changed, is gone, or the breach cleared since the plan.</summary>
    Aborted,

    /// <summary>Dry-run: checked and sized like a live step, but not sent.</summary>
    DryRun,

    /// <summary>Sent and accepted, not (yet) known to be filled.</summary>
    Placed,

    /// <summary>Sent and filled.</summary>
    Filled,

    /// <summary>Refused by the exchange in a way that proves nothing was done.</summary>
    Failed,

    /// <summary>Sent, but whether the exchange acted could not be established; looked up before anything else next time.</summary>
    Unknown,
}
