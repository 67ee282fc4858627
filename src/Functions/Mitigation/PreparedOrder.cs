using Sentinel.Core.Risk;

namespace Sentinel.Functions.Mitigation;

/// <summary>A step made concrete against the live position: the sized order or stop trigger, or why it cannot be sent.</summary>
internal sealed record PreparedOrder(RiskActionKind Kind, OrderSize? Size, decimal? Trigger, string Description, string? Skip);
