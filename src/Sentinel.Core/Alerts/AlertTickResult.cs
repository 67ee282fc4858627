namespace Sentinel.Core.Alerts;

/// <summary>What one evaluation decided: notifications to enqueue, and the state records to persist first.</summary>
public sealed record AlertTickResult(IReadOnlyList<AlertTransition> Decisions, IReadOnlyList<AlertState> ChangedStates);
