using Sentinel.Core.Risk;

namespace Sentinel.Functions.Mitigation;

/// <summary>
/// A step made concrete against the live position: the sized order or stop trigger, or why it cannot be sent; for a
/// stop-loss, the exchange's id of the looser stop of Sentinel's it moves (<see cref="Bitget.Client.Trading.StopLossRequest.Replaces"/>).
/// <paramref name="GoalMet"/>: the step is skipped because what it wants is already true (a stop at least as tight is in
/// place), so it counts as taken and a staged episode goes on to its next stage.
/// </summary>
internal sealed record PreparedOrder(RiskActionKind Kind, OrderSize? Size, decimal? Trigger, string Description, string? Skip, string? Replaces = null, bool GoalMet = false);
