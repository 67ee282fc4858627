namespace Sentinel.Core.Alerts;

/// <summary>The seed file's shape: <c>{"rules":[...]}</c>.</summary>
public sealed record AlertRuleSetDocument
{
    public IReadOnlyList<AlertRuleDocument>? Rules { get; init; }
}
