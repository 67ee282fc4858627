using Bitget.Client.Errors;
using Bitget.Client.Exchange;
using Sentinel.Functions.Risk;

namespace Sentinel.Functions.Mitigation;

public sealed partial class MitigationGuard
{
    /// <summary>
    /// Resolves the symbol's intents an earlier attempt left unresolved (reply lost, process died while sending),
    /// before anything else is sent for it: reduces are looked up by each slice's clientOid; a close is judged by the
    /// position (it has no clientOid of ours: any change of size means it went through); a stop-loss is looked up by its
    /// clientOid among the pending stops; a cancel may simply be repeated. Returns why the symbol must wait
    /// when a lookup itself fails; null when everything is resolved.
    /// </summary>
    private async Task<string?> ReconcileAsync(IExchangePort port, string symbol, CancellationToken cancellationToken)
    {
        foreach (var intent in await journal.ListUnresolvedAsync(symbol.ToUpperInvariant(), cancellationToken).ConfigureAwait(false))
        {
            (IntentStatus Status, IReadOnlyList<ExchangeOrder> Orders, string Reason) resolution;
            try
            {
                resolution = await ResolveAsync(port, intent, cancellationToken).ConfigureAwait(false);
            }
            catch (BitgetApiException e)
            {
                return $"an earlier order's outcome (clientOid {intent.ClientOid}) is still unknown: the lookup failed ({e.Kind}); nothing else is sent for {symbol} until it is resolved";
            }

            var (status, orders, reason) = resolution;
            var ids = orders.Select(o => o.OrderId ?? o.ClientOid).ToList();
            await journal.CompleteAsync(intent with { Status = status, OrderIds = ids.Count > 0 ? ids : intent.OrderIds }, CancellationToken.None).ConfigureAwait(false);
            var decision = status switch { IntentStatus.Filled => GuardDecision.Filled, IntentStatus.Placed => GuardDecision.Placed, _ => GuardDecision.Failed };
            var facts = new AuditFacts(intent.Who, intent.RuleId, RiskState.KeyOf(intent.Symbol, intent.Side), intent.Stage, RiskStep.NameOf(intent.Kind), intent.ClientOid);
            await audit.WriteAsync(facts, decision, RiskMode.Live, "resolved an earlier unknown outcome: " + reason, ids, cancellationToken: CancellationToken.None).ConfigureAwait(false);
            await notifier.NotifyResolvedAsync(facts, decision, reason, CancellationToken.None).ConfigureAwait(false);
        }

        return null;
    }

    private static async Task<(IntentStatus, IReadOnlyList<ExchangeOrder>, string)> ResolveAsync(IExchangePort port, OrderIntent intent, CancellationToken cancellationToken)
    {
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

                return found.Count == 0
                    ? (IntentStatus.NotPlaced, found, "not found at the exchange by clientOid: it was never placed")
                    : (found.All(o => o.Status == ExchangeOrderStatus.Filled) ? IntentStatus.Filled : IntentStatus.Placed, found, $"found {found.Count} of {Math.Max(1, intent.Slices.Count)} order(s) by clientOid");
            case RiskActionKind.Close:
                var held = (await port.GetPositionsAsync(cancellationToken).ConfigureAwait(false))
                    .Where(p => string.Equals(p.Symbol, intent.Symbol, StringComparison.OrdinalIgnoreCase) && p.Side == intent.Side).Sum(p => p.Size);
                // Only an unchanged size proves the close did not happen; any change (smaller, gone, or a side opened
                // again since) is taken as the close having gone through, so a close is never sent twice.
                return held != intent.SizeBefore
                    ? (IntentStatus.Filled, [], $"the position is now {held} (was {intent.SizeBefore}): the close went through")
                    : (IntentStatus.NotPlaced, [], $"the position is still {held}: the close did not happen");
            case RiskActionKind.StopLoss or RiskActionKind.ProtectiveStop:
                var stop = (await port.GetPositionStopsAsync(intent.Symbol, cancellationToken).ConfigureAwait(false)).FirstOrDefault(s => s.ClientOid == intent.ClientOid);
                return stop is null
                    ? (IntentStatus.NotPlaced, [], "no pending stop has this clientOid: it was never placed (or has fired since)")
                    : (IntentStatus.Placed, [new ExchangeOrder(stop.OrderId, intent.ClientOid, intent.Symbol, ExchangeOrderStatus.Live, intent.SizeBefore, 0m, null, ReduceOnly: true)], "found the stop among the pending stops by clientOid");
            default:
                return (IntentStatus.NotPlaced, [], "cancelling open orders again is harmless");
        }
    }
}
