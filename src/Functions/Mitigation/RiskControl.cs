namespace Sentinel.Functions.Mitigation;

/// <summary>The switches every automatic and manual action obeys, from the <c>control</c> table (or the setting's default).</summary>
/// <param name="Mode">Off, dry-run or live.</param>
/// <param name="KillSwitch">Engaged: nothing is sent, whatever the mode; every step is skipped and audited.</param>
/// <param name="UpdatedBy">Who last changed it; null for the default.</param>
/// <param name="UpdatedAt">When; null for the default.</param>
public sealed record RiskControl(RiskMode Mode, bool KillSwitch, string? UpdatedBy, DateTimeOffset? UpdatedAt);
