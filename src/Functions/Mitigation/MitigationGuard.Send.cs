using System.Globalization;
using Bitget.Client.Errors;
using Bitget.Client.Exchange;
using Bitget.Client.Trading;
using Bitget.Client.V2.Orders;
using Sentinel.Core.Risk;

namespace Sentinel.Functions.Mitigation;

public sealed partial class MitigationGuard
{
    private async Task<PreparedOrder> PrepareAsync(IExchangePort port, MitigationRequest request, ExchangePosition fresh, CancellationToken cancellationToken)
    {
        var step = request.Step;
        switch (step.Kind)
        {
            case RiskActionKind.CancelOrders:
                return new PreparedOrder(step.Kind, null, null, $"cancel the open {fresh.Symbol} orders", null);
            case RiskActionKind.CancelStop:
                return new PreparedOrder(step.Kind, null, null, $"cancel Sentinel's stop {request.TargetOrderId} on {request.SubjectKey}{Why(request)}", request.TargetOrderId is null ? "no stop named to cancel" : null);
            case RiskActionKind.StopLoss or RiskActionKind.ProtectiveStop:
                var trigger = request.StopTrigger ?? RiskMetrics.StopTrigger(fresh, step.StopDistancePercent);
                var losingSide = fresh.Side == PositionSide.Long ? trigger < fresh.MarkPrice : trigger > fresh.MarkPrice;
                var text = Text($"place a stop-loss on {request.SubjectKey} at {trigger} (mark {fresh.MarkPrice}){Why(request)}");
                if (!losingSide || trigger <= 0)
                {
                    return new PreparedOrder(step.Kind, null, trigger, text, Text($"the stop trigger {trigger} is not on the losing side of the mark {fresh.MarkPrice}"));
                }

                // The exchange keeps one whole-position stop per side (v2 replaces it with a new one, v3 refuses one more):
                // never a tighter one by a looser one (the keeper's stops of its own are moved by its planner, not checked here).
                var pending = await port.GetPositionStopsAsync(fresh.Symbol, cancellationToken).ConfigureAwait(false);
                if (ProtectiveStopPlanner.TighterInPlace(pending, fresh, trigger, ignoreOurs: step.Kind == RiskActionKind.ProtectiveStop) is { } tighter)
                {
                    return new PreparedOrder(step.Kind, null, trigger, text, Text($"a tighter stop is already in place ({tighter.OrderId} at {tighter.TriggerPrice})"), GoalMet: true);
                }

                // v3 refuses a second full TP/SL on the side (25594): a tighter stop moves the looser one of Sentinel's
                // there instead, whoever placed it (the watchdog, a risk rule, a manual action; v2 replaces it by
                // itself). A user's stop is never moved. The watchdog then keeps a risk rule's stop: it never loosens it.
                var sentinels = pending.FirstOrDefault(s => MitigationClientOid.IsSentinels(s.ClientOid) && (ProtectiveStopClientOid.SideOf(s.ClientOid) ?? s.Side) == fresh.Side
                    && string.Equals(s.Symbol, fresh.Symbol, StringComparison.OrdinalIgnoreCase));

                // With none of Sentinel's there to move, a protective stop is not sent while a full stop of the user's
                // holds the slot (the keeper reports that once, in these words).
                if (step.Kind == RiskActionKind.ProtectiveStop && port.AccountKind == AccountKind.Unified && sentinels is null
                    && !pending.Any(s => s.OrderId == request.TargetOrderId) && FullStopSlot.Occupant(pending, fresh) is { } occupant)
                {
                    return new PreparedOrder(step.Kind, null, trigger, text, FullStopSlot.Blocked(occupant, fresh, trigger));
                }

                return new PreparedOrder(step.Kind, null, trigger, text, null, sentinels?.OrderId);
            default:
                var specs = await port.GetContractSpecsAsync(cancellationToken).ConfigureAwait(false);
                if (!specs.TryGetValue(fresh.Symbol, out var spec))
                {
                    return new PreparedOrder(step.Kind, null, null, string.Empty, $"the exchange lists no {fresh.Symbol} contract");
                }

                var size = OrderSizing.Size(step, fresh, spec, request.Manual?.Limits == true ? _options.Sizing with { MaxFraction = 1m, MaxNotional = decimal.MaxValue } : _options.Sizing);
                var what = size.Outcome == SizingOutcome.Close
                    ? Text($"close {request.SubjectKey} ({size.Size})")
                    : Text($"reduce {request.SubjectKey} by {size.Size} of {fresh.Size} in {size.Slices.Count} order(s)");
                what += size.Reason is { } reason ? " — " + reason : string.Empty;
                return new PreparedOrder(step.Kind, size, null, what, size.Outcome == SizingOutcome.Skip ? size.Reason : null);
        }
    }

    private async Task<Outcome> SendAsync(IExchangePort port, MitigationRequest request, PreparedOrder order, ExchangePosition fresh, CancellationToken cancellationToken)
    {
        var kind = order.Size?.Outcome == SizingOutcome.Close ? RiskActionKind.Close : order.Kind;
        var intent = new OrderIntent(
            request.ClientOid, request.RuleId, request.Stage, request.Who, fresh.Symbol, fresh.Side, kind, fresh.Size,
            kind == RiskActionKind.Reduce ? order.Size!.Slices : [], IntentStatus.Sent, timeProvider.GetUtcNow(), []);
        var (claimed, created) = await journal.BeginAsync(intent, cancellationToken).ConfigureAwait(false);
        if (!created && claimed.Status == IntentStatus.NotPlaced && claimed.DoneSlices.Count > 0 && fresh.Size != claimed.SizeBefore - claimed.DoneSize)
        {
            // The position moved for another reason since the first slices (a hand trade, a stop): the rest was planned
            // for the position as it was, and sent now it could take far more than the step's share, even all of it.
            var expected = claimed.SizeBefore - claimed.DoneSize;
            await journal.CompleteAsync(claimed with { Status = IntentStatus.Placed }, CancellationToken.None).ConfigureAwait(false);
            return new Outcome(new GuardResult(GuardDecision.Aborted, Text($"the position changed since this step's first slices (expected {expected}, now {fresh.Size}): the other slices are not sent; the step counts as taken with what was done"), [], StepTaken: true), null, fresh);
        }

        if (!created && claimed.Status == IntentStatus.NotPlaced)
        {
            // Proven not placed earlier: the same step may be sent again, with the same clientOid, under the claim's ETag.
            // A split reduce some of whose slices the exchange already holds sends only the others, at their planned
            // sizes: re-planned from the live size (which those slices shrank) the step's total would not be what it planned.
            var again = claimed.Kind == RiskActionKind.Reduce && claimed.DoneSlices.Count > 0
                ? claimed with { Status = IntentStatus.Sent, LastSentAt = timeProvider.GetUtcNow() }
                : intent with { ETag = claimed.ETag };
            claimed = await journal.CompleteAsync(again, cancellationToken).ConfigureAwait(false);
        }
        else if (!created)
        {
            return new Outcome(new GuardResult(GuardDecision.Skipped, $"already claimed by another attempt ({claimed.Status.ToString().ToLowerInvariant()})", [], claimed.Status is IntentStatus.Placed or IntentStatus.Filled), null, fresh);
        }

        var sending = new Sending(claimed);
        var orders = sending.Orders;
        GuardResult result;
        try
        {
            result = await PlaceAsync(port, sending, order, fresh, request.TargetOrderId, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (IsOutcomeUnknown(e))
        {
            result = new GuardResult(GuardDecision.Unknown, $"outcome unknown ({e.GetType().Name}); looked up by clientOid {request.ClientOid} before anything else is sent", [.. orders], StepTaken: false);
        }
        catch (Exception e) when (e is BitgetApiException or NoPositionToReduceException or NothingAvailableToReduceException or PositionModeMismatchException or OrderSizeBelowMinimumException or CancelOrdersIncompleteException)
        {
            result = Refused(e, orders);
        }

        var done = claimed.Kind == RiskActionKind.Reduce ? claimed.DoneSlices.Union(orders.Select(o => o.ClientOid)).ToList() : [];
        var partial = claimed.Kind == RiskActionKind.Reduce && done.Count < Math.Max(1, claimed.Slices.Count);
        if (partial && result.Decision == GuardDecision.Placed)
        {
            // Some slices went through and the rest were refused: the rest is sent on the next attempt (same clientOids).
            result = result with { StepTaken = false, Reason = result.Reason + "; the other slices are sent on the next attempt, at their planned sizes" };
        }

        var status = result.Decision switch
        {
            GuardDecision.Filled => IntentStatus.Filled,
            GuardDecision.Placed when !partial => IntentStatus.Placed,
            GuardDecision.Unknown => IntentStatus.Unknown,
            _ => IntentStatus.NotPlaced,
        };
        var ids = claimed.OrderIds.Union(orders.Select(o => o.OrderId ?? o.ClientOid)).ToList();
        await journal.CompleteAsync(sending.Intent with { Status = status, OrderIds = ids, DoneSlices = done }, CancellationToken.None).ConfigureAwait(false);
        return new Outcome(result, order.Size?.Size, fresh);
    }

    private async Task<GuardResult> PlaceAsync(IExchangePort port, Sending sending, PreparedOrder order, ExchangePosition fresh, string? target, CancellationToken cancellationToken)
    {
        var (intent, orders) = (sending.Intent, sending.Orders);
        switch (intent.Kind)
        {
            case RiskActionKind.Reduce:
                var first = true;
                foreach (var (slice, clientOid) in intent.Slices.Zip(intent.SliceClientOids).Where(s => !intent.DoneSlices.Contains(s.Second)))
                {
                    if (!first)
                    {
                        // Slices go out one after another, each maybe after retries: the settle window of a lost reply
                        // counts from the latest slice's send, recorded before it goes, not from when the step began.
                        sending.Intent = await journal.CompleteAsync(sending.Intent with { LastSentAt = timeProvider.GetUtcNow() }, cancellationToken).ConfigureAwait(false);
                    }

                    first = false;
                    orders.AddRange(await port.PlaceReduceOnlyOrderAsync(new ReduceOrderRequest(fresh.Symbol, fresh.Side, fresh.Mode, fresh.MarginMode, slice, clientOid), cancellationToken).ConfigureAwait(false));
                }

                break;
            case RiskActionKind.Close:
                orders.AddRange(await port.ClosePositionAsync(fresh.Symbol, fresh.Side, fresh.Mode, cancellationToken).ConfigureAwait(false));
                if (orders.Count == 0)
                {
                    return new GuardResult(GuardDecision.Aborted, "nothing to close: the exchange holds no such position side", [], StepTaken: false);
                }

                break;
            case RiskActionKind.CancelStop:
                var cancelledStop = await port.CancelPositionStopAsync(fresh.Symbol, target!, cancellationToken).ConfigureAwait(false);
                return new GuardResult(GuardDecision.Filled, cancelledStop ? order.Description : order.Description + ": it was already gone", [], StepTaken: true);
            case RiskActionKind.StopLoss or RiskActionKind.ProtectiveStop:
                var stopId = await port.SetPositionStopLossAsync(new StopLossRequest(fresh.Symbol, fresh.Side, fresh.Mode, order.Trigger!.Value, intent.ClientOid, target ?? order.Replaces), cancellationToken).ConfigureAwait(false);
                orders.Add(new ExchangeOrder(stopId, intent.ClientOid, fresh.Symbol, ExchangeOrderStatus.Live, fresh.Size, 0m, null, ReduceOnly: true));
                return new GuardResult(GuardDecision.Placed, "stop-loss placed: " + order.Description, [.. orders], StepTaken: true);
            default:
                var cancelled = await port.CancelOpenOrdersAsync(fresh.Symbol, cancellationToken).ConfigureAwait(false);
                return new GuardResult(GuardDecision.Filled, Text($"cancelled {cancelled} open {fresh.Symbol} order(s)"), [], StepTaken: true);
        }

        var filled = orders.Count > 0 && orders.All(o => o.Status == ExchangeOrderStatus.Filled);
        return new GuardResult(filled ? GuardDecision.Filled : GuardDecision.Placed, order.Description, [.. orders], StepTaken: true);
    }

    /// <summary>
    /// Failures after which the exchange may hold the order: the client's own verdict, a lost or unreadable reply, a
    /// server error, a code nobody documented, a cancellation after sending. Only a documented refusal or a failure
    /// that proves the request never reached the exchange counts as "not placed".
    /// </summary>
    private static bool IsOutcomeUnknown(Exception exception) => exception switch
    {
        OrderOutcomeUnknownException => true,
        BitgetApiException api => !api.ProvesNotProcessed && api.Kind is BitgetErrorKind.Unknown or BitgetErrorKind.Network
            or BitgetErrorKind.ServerError or BitgetErrorKind.DuplicateClientOid or BitgetErrorKind.OrderOutcomeUnknown,
        OperationCanceledException or HttpRequestException or System.Text.Json.JsonException => true,
        _ => false,
    };

    private static GuardResult Refused(Exception exception, List<ExchangeOrder> orders)
    {
        var reason = exception switch
        {
            BitgetApiException api => $"refused by the exchange: {api.Kind} ({api.Code ?? "no code"})",
            NoPositionToReduceException => "the position side is gone",
            _ => exception.Message,
        };
        if (orders.Count > 0)
        {
            // Earlier slices went through: the step counts as taken (never resent), with what was done.
            return new GuardResult(GuardDecision.Placed, Text($"{orders.Count} order(s) placed, then {reason}"), [.. orders], StepTaken: true);
        }

        var decision = exception is NoPositionToReduceException ? GuardDecision.Aborted : exception is OrderSizeBelowMinimumException ? GuardDecision.Skipped : GuardDecision.Failed;
        return new GuardResult(decision, reason, [], StepTaken: false);
    }

    /// <summary>The intent as last written (its ETag moves with each slice's send time) and the orders the exchange acknowledged.</summary>
    private sealed class Sending(OrderIntent intent)
    {
        public OrderIntent Intent { get; set; } = intent;

        public List<ExchangeOrder> Orders { get; } = [];
    }

    private static string Why(MitigationRequest request) => request.Purpose is { } purpose ? " — " + purpose : string.Empty;

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
