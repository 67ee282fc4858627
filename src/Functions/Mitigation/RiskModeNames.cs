namespace Sentinel.Functions.Mitigation;

/// <summary>The setting's words for <see cref="RiskMode"/>: <c>off</c>, <c>dry-run</c>, <c>live</c>.</summary>
internal static class RiskModeNames
{
    public static string ToName(this RiskMode mode) => mode switch
    {
        RiskMode.Off => "off",
        RiskMode.Live => "live",
        _ => "dry-run",
    };

    public static bool TryParse(string? value, out RiskMode mode)
    {
        (var known, mode) = value switch
        {
            "off" => (true, RiskMode.Off),
            "dry-run" => (true, RiskMode.DryRun),
            "live" => (true, RiskMode.Live),
            _ => (false, RiskMode.DryRun),
        };
        return known;
    }
}
