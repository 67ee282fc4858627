using System.ComponentModel.DataAnnotations;
using Sentinel.Core.Risk;

namespace Sentinel.Functions.Mitigation;

/// <summary>
/// The guard's caps (<c>Risk__Guard__*</c>), checked at start. The defaults are deliberately small: an action takes at
/// most half a position and at most 100,000 of the quote coin, and a symbol sees at most 4 actions an hour.
/// </summary>
public sealed class GuardOptions
{
    public const string SectionName = "Risk:Guard";

    /// <summary>Largest share of a position one reduce may take; larger reduces are capped to it.</summary>
    [Range(0.01, 1.0)]
    public decimal MaxFractionPerAction { get; set; } = 0.5m;

    /// <summary>Largest value one action may reduce (quote coin); a larger reduce or close is cut to it.</summary>
    [Range(1.0, 1e12)]
    public decimal MaxNotionalPerAction { get; set; } = 100_000m;

    /// <summary>Largest value of one order; a bigger reduce is split into several orders.</summary>
    [Range(1.0, 1e12)]
    public decimal MaxOrderNotional { get; set; } = 50_000m;

    [Range(1, 1000)]
    public int MaxActionsPerSymbolPerHour { get; set; } = 4;

    [Range(1, 10000)]
    public int MaxActionsPerSymbolPerDay { get; set; } = 12;

    /// <summary>Least time between two live actions on one symbol.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan SymbolCooldown { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Most steps one tick may take across the account; the rest wait for the next tick.</summary>
    [Range(1, 100)]
    public int MaxActionsPerTick { get; set; } = 10;

    /// <summary>When a reduce rounds below the contract minimum: close the whole side (within the notional cap) instead of skipping.</summary>
    public bool CloseBelowMinimum { get; set; } = true;

    /// <summary>
    /// The expiry of the account-wide <c>mitigation</c> lease. It is renewed every third of this while a step runs, so a
    /// slow step keeps it; a holder that crashed blocks others for at most this long.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:10", "00:30:00")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// How long after sending the exchange's record must show nothing before an unresolved step counts as never placed
    /// (it may then be sent again, with the same clientOid), counted from the step's latest send (a split reduce's last
    /// slice, <see cref="OrderIntent.SettlesFrom"/>). An accepted order can take a moment to show; the same step is
    /// never sent twice within this time.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan OutcomeSettleDelay { get; set; } = TimeSpan.FromMinutes(1);

    internal SizingLimits Sizing => new(MaxFractionPerAction, MaxNotionalPerAction, MaxOrderNotional, CloseBelowMinimum);

    internal BudgetLimits Budget => new(SymbolCooldown, MaxActionsPerSymbolPerHour, MaxActionsPerSymbolPerDay);
}
