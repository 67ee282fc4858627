using System.Globalization;
using Bitget.Client.Errors;
using Bitget.Client.Exchange;
using Bitget.Client.Trading;
using Sentinel.Core.Risk;

namespace Sentinel.Functions.Mitigation;

public sealed partial class MitigationGuard
{
    /// <summary>
    /// The margin on the offset the client measured between our clock and the exchange's (the port reads "since" on the
    /// exchange's clock): a close's orders are searched from this long before its intent was written, so an order stamped
    /// just before a drift the client has not measured yet is not missed.
    /// </summary>
    public static readonly TimeSpan ExchangeClockTolerance = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Resolves the symbol's intents an earlier attempt left unresolved (reply lost, process died while sending),
    /// before anything else is sent for it, from the exchange's own record only: a reduce by each slice's clientOid; a
    /// close (Bitget's flash close takes no clientOid of ours) by the orders that closed that side since the close was
    /// sent; a stop-loss or protective stop by its clientOid among the pending stops; a cancel may simply be repeated.
    /// Absence counts as "never placed" only once <see cref="GuardOptions.OutcomeSettleDelay"/> has passed since the
    /// latest send (<see cref="OrderIntent.SettlesFrom"/>: an accepted order may take a moment to show). A record that cannot settle the outcome keeps the intent
    /// unknown and escalates it once to a human (audited, notified). Returns why the symbol must wait; null when
    /// everything is resolved.
    /// </summary>
    private async Task<string?> ReconcileAsync(IExchangePort port, string symbol, CancellationToken cancellationToken)
    {
        foreach (var intent in await journal.ListUnresolvedAsync(symbol.ToUpperInvariant(), cancellationToken).ConfigureAwait(false))
        {
            Resolution resolution;
            try
            {
                resolution = await ResolveAsync(port, intent, cancellationToken).ConfigureAwait(false);
            }
            catch (BitgetApiException e)
            {
                return $"an earlier order's outcome (clientOid {intent.ClientOid}) is still unknown: the lookup failed ({e.Kind}); nothing else is sent for {symbol} until it is resolved";
            }

            var facts = new AuditFacts(intent.Who, intent.RuleId, RiskState.KeyOf(intent.Symbol, intent.Side), intent.Stage, RiskStep.NameOf(intent.Kind), intent.ClientOid);
            var ids = resolution.Orders.Select(o => o.OrderId ?? o.ClientOid).ToList();
            if (resolution.Status is not { } status)
            {
                if (resolution.NeedsHuman && !intent.Escalated)
                {
                    await EscalateAsync(intent, facts, resolution.Reason, ids).ConfigureAwait(false);
                }

                return $"an earlier order's outcome (clientOid {intent.ClientOid}) is still unknown: {resolution.Reason}; nothing else is sent for {symbol} until it is resolved";
            }

            // A slice once known done stays done even when its look-up misses now: forgotten, it would be sent again
            // (a filled market slice frees its clientOid, so the exchange would take it as a second reduce).
            var done = intent.Kind == RiskActionKind.Reduce ? intent.DoneSlices.Union(resolution.Orders.Select(o => o.ClientOid)).ToList() : [];
            await journal.CompleteAsync(intent with { Status = status, OrderIds = ids.Count > 0 ? ids : intent.OrderIds, DoneSlices = done }, CancellationToken.None).ConfigureAwait(false);
            var decision = status switch
            {
                IntentStatus.Filled => GuardDecision.Filled,
                IntentStatus.Placed => GuardDecision.Placed,
                _ => done.Count > 0 ? GuardDecision.Placed : GuardDecision.Failed,
            };
            await audit.WriteAsync(facts, decision, RiskMode.Live, "resolved an earlier unknown outcome: " + resolution.Reason, ids, cancellationToken: CancellationToken.None).ConfigureAwait(false);
            await notifier.NotifyResolvedAsync(facts, decision, resolution.Reason, CancellationToken.None).ConfigureAwait(false);
        }

        return null;
    }

    /// <summary>
    /// Audits the intent as unknown and notifies every channel that a human must settle it, then marks it escalated
    /// (so it is escalated once). Only a stored notice marks it: a lost one is tried again on the next attempt (the
    /// outbox's idempotency key keeps a repeat to one notice; at worst a second audit row).
    /// </summary>
    private async Task EscalateAsync(OrderIntent intent, AuditFacts facts, string reason, IReadOnlyList<string> ids)
    {
        var text = $"needs a human: {reason}. Nothing else is sent for {intent.Symbol} until the intent {intent.ClientOid} in the mitigation table is set to Filled or NotPlaced";
        await audit.WriteAsync(facts, GuardDecision.Unknown, RiskMode.Live, text, ids, cancellationToken: CancellationToken.None).ConfigureAwait(false);
        if (await notifier.NotifyEscalationAsync(facts, text, CancellationToken.None).ConfigureAwait(false))
        {
            await journal.CompleteAsync(intent with { Status = IntentStatus.Unknown, Escalated = true }, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private async Task<Resolution> ResolveAsync(IExchangePort port, OrderIntent intent, CancellationToken cancellationToken)
    {
        var settled = timeProvider.GetUtcNow() - intent.SettlesFrom >= _options.OutcomeSettleDelay;
        var wait = Text($"the exchange's record shows nothing yet; absence counts only {_options.OutcomeSettleDelay} after sending ({intent.SettlesFrom:u})");
        switch (intent.Kind)
        {
            case RiskActionKind.Reduce:
                var found = new List<ExchangeOrder>();
                foreach (var clientOid in intent.SliceClientOids)
                {
                    if (await port.FindOrderByClientOidAsync(intent.Symbol, clientOid, cancellationToken).ConfigureAwait(false) is { } order)
                    {
                        found.Add(order);
                    }
                }

                var slices = Math.Max(1, intent.Slices.Count);
                if (found.Count == slices)
                {
                    return new(found.All(o => o.Status == ExchangeOrderStatus.Filled) ? IntentStatus.Filled : IntentStatus.Placed, found, $"found {found.Count} of {slices} order(s) by clientOid");
                }

                if (!settled)
                {
                    return new(null, found, wait);
                }

                return found.Count == 0
                    ? new(IntentStatus.NotPlaced, found, "not found at the exchange by clientOid: it was never placed")
                    : new(IntentStatus.NotPlaced, found, $"found {found.Count} of {slices} order(s) by clientOid; the other {slices - found.Count} were never placed and are sent next, at their planned sizes");
            case RiskActionKind.Close:
                return await ResolveCloseAsync(port, intent, settled, wait, cancellationToken).ConfigureAwait(false);
            case RiskActionKind.StopLoss or RiskActionKind.ProtectiveStop:
                var stop = (await port.GetPositionStopsAsync(intent.Symbol, cancellationToken).ConfigureAwait(false)).FirstOrDefault(s => s.ClientOid == intent.ClientOid);
                if (stop is not null)
                {
                    return new(IntentStatus.Placed, [new ExchangeOrder(stop.OrderId, intent.ClientOid, intent.Symbol, ExchangeOrderStatus.Live, intent.SizeBefore, 0m, null, ReduceOnly: true)], "found the stop among the pending stops by clientOid");
                }

                return settled
                    ? new(IntentStatus.NotPlaced, [], "no pending stop has this clientOid: it was never placed (or has fired since)")
                    : new(null, [], wait);
            default:
                return new(IntentStatus.NotPlaced, [], "cancelling open orders again is harmless");
        }
    }

    /// <summary>
    /// A close is settled by the orders that closed its side since it was sent, never by the position's size (a side
    /// added to or reopened since says nothing about the close): closes totalling the whole side as it was → it went
    /// through; none at all once the record has settled → it did not happen; anything in between, or a history too long
    /// to read to the close, → a human decides.
    /// </summary>
    private static async Task<Resolution> ResolveCloseAsync(IExchangePort port, OrderIntent intent, bool settled, string wait, CancellationToken cancellationToken)
    {
        var since = intent.CreatedAt - ExchangeClockTolerance;
        var side = RiskState.KeyOf(intent.Symbol, intent.Side);
        IReadOnlyList<ExchangeOrder> closing;
        try
        {
            closing = await port.FindClosingOrdersAsync(intent.Symbol, intent.Side, since, cancellationToken).ConfigureAwait(false);
        }
        catch (OrderHistoryIncompleteException e)
        {
            // Part of the record settles nothing: a close on an unread page would be missed and the side closed twice.
            return new(null, [], Text($"the exchange's order history since the close was sent could not be read to its start ({e.OrdersRead} orders read), so whether the close of {side} went through cannot be told"), NeedsHuman: true);
        }

        var closed = closing.Sum(o => o.FilledSize);
        if (closed >= intent.SizeBefore)
        {
            return new(IntentStatus.Filled, closing, Text($"the exchange's order history shows {closed} of {side} closed since the close was sent (the side held {intent.SizeBefore}): the close went through"));
        }

        if (!settled)
        {
            return new(null, closing, wait);
        }

        return closing.Count == 0
            ? new(IntentStatus.NotPlaced, closing, Text($"the exchange's order history shows no close of {side} since the close was sent: it did not happen"))
            : new(null, closing, Text($"the exchange's order history shows only {closed} of the {intent.SizeBefore} of {side} closed since the close was sent, so whether Sentinel's close went through cannot be told"), NeedsHuman: true);
    }

    /// <summary>An intent's outcome as the exchange's record shows it; <see cref="Status"/> null while it cannot be told.</summary>
    private sealed record Resolution(IntentStatus? Status, IReadOnlyList<ExchangeOrder> Orders, string Reason, bool NeedsHuman = false);
}
