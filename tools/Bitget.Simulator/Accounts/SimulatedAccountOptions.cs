namespace Bitget.Simulator.Accounts;

/// <summary>An account the simulator knows, with the API credentials that sign its requests.</summary>
public sealed class SimulatedAccountOptions
{
    public string ApiKey { get; set; } = "sim-key";

    public string Secret { get; set; } = "sim-secret";

    public string Passphrase { get; set; } = "sim-passphrase";

    public AccountKind Kind { get; set; } = AccountKind.Classic;

    /// <summary>A demo key must be used with the <c>paptrading: 1</c> header; a live key without it.</summary>
    public bool Demo { get; set; }

    public PositionMode PositionMode { get; set; } = PositionMode.OneWay;

    /// <summary>USDT wallet balance at start.</summary>
    public decimal Balance { get; set; } = 10_000m;

    /// <summary>Leverage used for every symbol unless a seeded position says otherwise.</summary>
    public decimal Leverage { get; set; } = 10m;

    public MarginMode MarginMode { get; set; } = MarginMode.Crossed;

    /// <summary>
    /// Leave TP/SL plans pending after their position closed (default false: they are cancelled with it, as Bitget
    /// does on an ordinary close). Models a stop left behind — a path on which the exchange does not clean up — so a
    /// client's orphan handling can be tested.
    /// </summary>
    public bool KeepPlansAfterClose { get; set; }
}
