using Bitget.Simulator.Prices;

namespace Bitget.Simulator.Control;

/// <summary>
/// <c>POST /sim/scripts</c>: <c>{"symbol":"BTCUSDT","kind":"move","percent":-8,"seconds":60}</c>,
/// <c>{"symbol":"BTCUSDT","kind":"walk","seed":7,"volatility":0.001}</c> or <c>{"symbol":"BTCUSDT","kind":"csv","file":"candles.csv"}</c>.
/// </summary>
public sealed record ScriptCommand(string Symbol, string Kind, decimal? Percent, double? Seconds, int? Seed, decimal? Volatility, string? File, double? IntervalSeconds)
{
    public IPriceScript ToScript()
    {
        TimeSpan? interval = IntervalSeconds is { } i ? TimeSpan.FromSeconds(i) : null;
        return Kind.ToLowerInvariant() switch
        {
            "move" => new MoveScript(Percent ?? throw new ArgumentException("A move needs 'percent'."), TimeSpan.FromSeconds(Seconds ?? 60), interval),
            "walk" => new RandomWalkScript(Seed ?? 1, Volatility ?? 0.001m, interval),
            "csv" => CandleReplayScript.FromFile(File ?? throw new ArgumentException("A csv script needs 'file'.")),
            _ => throw new ArgumentException($"Unknown script kind '{Kind}' (move, walk, csv)."),
        };
    }
}
