namespace Sentinel.Functions.Mitigation;

/// <summary>What the guard does with a step: nothing, audit it as if (the default), or send it.</summary>
public enum RiskMode
{
    Off,
    DryRun,
    Live,
}
