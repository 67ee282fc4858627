namespace Bitget.Simulator.Control;

/// <summary><c>POST /sim/streams/burst</c>: <c>{"symbol":"BTCUSDT","count":100000}</c> ticker pushes at once to every subscriber.</summary>
public sealed record BurstCommand(string Symbol, int Count);
