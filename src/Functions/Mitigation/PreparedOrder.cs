using Sentinel.Core.Risk;

namespace Sentinel.Functions.Mitigation;

/// <summary>
/// A step made concrete against the live position: the sized order or stop trigger, or why it cannot be sent; for a
/// stop-loss, the exchange's id of the looser stop of Sentinel's it moves (<see cref="Bitget.Client.Exchange.StopLossRequest.Replaces"/>).
/// </summary>
internal sealed record PreparedOrder(RiskActionKind Kind, OrderSize? Size, decimal? Trigger, string Description, string? Skip, string? Replaces = null);
