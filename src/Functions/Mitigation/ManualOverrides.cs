namespace Sentinel.Functions.Mitigation;

/// <summary>
/// What a manual action may set aside, each only when asked for explicitly and always audited. Nothing here can lift
/// the reduce-only rule, the fresh-position check or the lease: those hold for every order.
/// </summary>
/// <param name="KillSwitch">Act although the kill switch is engaged.</param>
/// <param name="Limits">Act past the cooldown, the per-hour/per-day caps, and the per-action fraction and notional caps.</param>
public sealed record ManualOverrides(bool KillSwitch, bool Limits)
{
    public static ManualOverrides None { get; } = new(false, false);

    /// <summary>The overrides in force, comma-separated for the audit (<c>kill-switch</c>, <c>limits</c>); null when none.</summary>
    public string? Describe() => (KillSwitch, Limits) switch
    {
        (true, true) => "kill-switch,limits",
        (true, false) => "kill-switch",
        (false, true) => "limits",
        _ => null,
    };
}
