namespace Sentinel.Functions.Mitigation.Http;

/// <summary>The switches in force; <see cref="DefaultMode"/> is <c>Sentinel__Mode</c>, used until a mode is stored.</summary>
internal sealed record RiskControlView(string Mode, bool KillSwitch, string DefaultMode, string? UpdatedBy, DateTimeOffset? UpdatedAt)
{
    public static RiskControlView From(RiskControl control, RiskControl defaults) =>
        new(control.Mode.ToName(), control.KillSwitch, defaults.Mode.ToName(), control.UpdatedBy, control.UpdatedAt);
}
