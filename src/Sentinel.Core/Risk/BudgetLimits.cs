namespace Sentinel.Core.Risk;

/// <summary>How often the guard may act on one symbol.</summary>
/// <param name="Cooldown">Least time between two actions on the symbol.</param>
/// <param name="PerHour">Most actions on the symbol in any hour.</param>
/// <param name="PerDay">Most actions on the symbol in any 24 hours.</param>
public sealed record BudgetLimits(TimeSpan Cooldown, int PerHour, int PerDay);
