namespace Bitget.Simulator.Control;

/// <summary><c>POST /sim/prices</c>: <c>{"symbol":"BTCUSDT","price":58000,"markPrice":57990}</c>.</summary>
public sealed record PriceCommand(string Symbol, decimal Price, decimal? MarkPrice);
