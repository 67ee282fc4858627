using Bitget.Simulator.Accounts;
using Bitget.Simulator.Market;

namespace Bitget.Simulator;

/// <summary>How to start a simulator: where it listens, its clock and randomness, accounts, contracts and limits.</summary>
public sealed class SimulatorOptions
{
    public const string SectionName = "Simulator";

    /// <summary>Loopback URL to listen on; port 0 picks a free port (see <see cref="BitgetSimulator.BaseAddress"/>).</summary>
    public string Url { get; set; } = "http://127.0.0.1:0";

    /// <summary>Drives prices, timestamps, signature windows, rate limits and fault holds. Tests pass a fake clock.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Seeds the random source used for fault probabilities.</summary>
    public int Seed { get; set; } = 42;

    public IList<SimulatedAccountOptions> Accounts { get; init; } = [new SimulatedAccountOptions()];

    /// <summary>Contracts listed under USDT-FUTURES; empty means <see cref="DefaultContracts.All"/>.</summary>
    public IList<ContractSpec> Contracts { get; init; } = [];

    /// <summary>Answer 429 when a client exceeds Bitget's per-endpoint per-second limits.</summary>
    public bool EnforceRateLimits { get; set; } = true;

    /// <summary>
    /// v3 clientOids only have to be unique among pending orders (Bitget's UTA docs), so a client that blindly
    /// retries a filled order gets a second one. False = unique over all orders.
    /// </summary>
    public bool V3ClientOidUniqueWhilePendingOnly { get; set; } = true;

    /// <summary>
    /// v2's uniqueness window is undocumented; the closest documented rule ("only valid when orders are unfilled")
    /// means a clientOid is free again once its order filled or was cancelled, so that is the default here and a blind
    /// retry after a fill places a second order. False = unique over all orders (plans stay unique over all plans).
    /// </summary>
    public bool V2ClientOidUniqueWhilePendingOnly { get; set; } = true;

    /// <summary>Frames queued for one WebSocket client; a client that falls this far behind is disconnected, as Bitget does.</summary>
    public int StreamSendQueue { get; set; } = 10_000;

    /// <summary>Write one log line per request (the standalone app does; tests usually do not).</summary>
    public bool LogRequests { get; set; }
}
