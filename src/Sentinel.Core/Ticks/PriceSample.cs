namespace Sentinel.Core.Ticks;

/// <summary>One price observation: the exchange read time and the last traded price.</summary>
public readonly record struct PriceSample(DateTimeOffset At, decimal Price);
