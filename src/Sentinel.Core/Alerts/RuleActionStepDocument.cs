namespace Sentinel.Core.Alerts;

/// <summary>One stage of a staged <see cref="RuleActionDocument"/>: an action type and its parameter.</summary>
public sealed record RuleActionStepDocument
{
    public string? Type { get; init; }

    public decimal? Percent { get; init; }

    public decimal? StopDistancePercent { get; init; }
}
