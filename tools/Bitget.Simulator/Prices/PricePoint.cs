namespace Bitget.Simulator.Prices;

/// <summary>A price at an instant.</summary>
public readonly record struct PricePoint(DateTimeOffset Time, decimal Price);
