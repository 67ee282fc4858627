using Bitget.Simulator.Accounts;

namespace Bitget.Simulator.Control;

/// <summary><c>POST /sim/positions</c>: <c>{"apiKey":"…","symbol":"BTCUSDT","side":"Long","size":0.5,"entryPrice":60000,"leverage":10}</c>.</summary>
public sealed record SeedPositionCommand(string? ApiKey, string Symbol, PositionSide Side, decimal Size, decimal EntryPrice, decimal? Leverage);
