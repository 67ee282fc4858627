using Azure;
using Bitget.Client.Trading;
using Sentinel.Core.Risk;

namespace Sentinel.Functions.Mitigation;

/// <summary>
/// A live step the guard is about to send, written before it is sent (row <c>intent</c>/clientOid of the
/// <c>mitigation</c> table). Inserting it is the claim: of two instances only one can, and a step whose intent already
/// exists is never sent again; an unresolved one is looked up first.
/// </summary>
public sealed record OrderIntent(
    string ClientOid,
    string RuleId,
    int Stage,
    string Who,
    string Symbol,
    PositionSide Side,
    RiskActionKind Kind,
    decimal SizeBefore,
    IReadOnlyList<decimal> Slices,
    IntentStatus Status,
    DateTimeOffset CreatedAt,
    IReadOnlyList<string> OrderIds)
{
    public ETag ETag { get; init; }

    /// <summary>
    /// The clientOids of a split reduce's slices the exchange already holds. A step proven only partly placed is sent
    /// again for the other slices alone, at their planned sizes, so the step's total stays what it planned.
    /// </summary>
    public IReadOnlyList<string> DoneSlices { get; init; } = [];

    /// <summary>
    /// When the step's latest order was sent, if after <see cref="CreatedAt"/>: a split reduce posts its slices one after
    /// another (each may take retries), and a slice sent again on a later attempt is sent then too.
    /// </summary>
    public DateTimeOffset? LastSentAt { get; init; }

    /// <summary>Since when the exchange's record must show nothing before the step counts as never placed.</summary>
    public DateTimeOffset SettlesFrom => LastSentAt is { } last && last > CreatedAt ? last : CreatedAt;

    /// <summary>The exchange's record could not settle the outcome, and a human was told (once).</summary>
    public bool Escalated { get; init; }

    public bool Unresolved => Status is IntentStatus.Sent or IntentStatus.Unknown;

    /// <summary>What the done slices took off the position, at their planned sizes.</summary>
    public decimal DoneSize => Slices.Zip(SliceClientOids).Where(s => DoneSlices.Contains(s.Second)).Sum(s => s.First);

    /// <summary>The clientOid of each slice (the first is the step's own).</summary>
    public IEnumerable<string> SliceClientOids => Enumerable.Range(0, Math.Max(1, Slices.Count)).Select(i => MitigationClientOid.Slice(ClientOid, i));
}
