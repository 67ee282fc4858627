using System.Globalization;
using Bitget.Simulator.Accounts;
using Bitget.Simulator.Orders;
using Bitget.Simulator.Prices;

namespace Bitget.Simulator.Exchange;

/// <summary>
/// TP/SL plans: validated against the mark price when placed, fired as market closes when the trigger price is
/// crossed (mark or last, as chosen), cancelled when their position is gone. The caller holds the exchange lock.
/// </summary>
internal sealed class PlanEngine(PriceBook prices, TimeProvider time, IdSequence ids, OrderEngine orders)
{
    public PlanOrderState Place(AccountState account, PlanRequest request)
    {
        if (!prices.Contains(request.Symbol))
        {
            throw new OrderRejectedException(RejectReason.SymbolNotFound, request.Symbol);
        }

        var clientOid = orders.UniqueClientOid(account, request.ClientOid);
        if (account.Position(request.Symbol, request.PositionSide) is null)
        {
            throw new OrderRejectedException(RejectReason.NoPositionToClose);
        }

        if (request.Size is { } size)
        {
            OrderRules.CheckSize(prices.Contract(request.Symbol), size);
        }

        var plan = new PlanOrderState(ids.Next(), clientOid, request.Symbol, request.Type, request.PositionSide,
            request.TriggerPrice, request.TriggerOnMark, request.Size, time.GetUtcNow());
        CheckTriggerSide(plan);
        if (request.Size is null)
        {
            foreach (var old in account.Plans.Where(p => p.Status == PlanStatus.Live && p.Size is null && p.Symbol == plan.Symbol
                && p.PositionSide == plan.PositionSide && p.IsTakeProfit == plan.IsTakeProfit))
            {
                old.Status = PlanStatus.Canceled;
            }
        }

        account.Plans.Add(plan);
        return plan;
    }

    /// <summary>
    /// A v3 strategy order's plans, both or neither. A whole-position one is refused while the position side already
    /// has a live whole-position plan (Bitget's 25594: one full TP/SL per symbol and side); v2's place-pos-tpsl replaces
    /// it instead (<see cref="Place"/>).
    /// </summary>
    public IReadOnlyList<PlanOrderState> PlaceStrategy(AccountState account, PlanRequest? takeProfit, PlanRequest? stopLoss)
    {
        var first = takeProfit ?? stopLoss ?? throw new OrderRejectedException(RejectReason.MissingParameter, "stopLoss");
        if (first.Size is null && account.Plans.Any(p => p.Status == PlanStatus.Live && p.Size is null && p.Symbol == first.Symbol && p.PositionSide == first.PositionSide))
        {
            throw new OrderRejectedException(RejectReason.WholePositionPlanExists);
        }

        var placed = new List<PlanOrderState>();
        try
        {
            foreach (var request in new[] { takeProfit, stopLoss }.OfType<PlanRequest>())
            {
                placed.Add(Place(account, request));
            }
        }
        catch (OrderRejectedException)
        {
            account.Plans.RemoveAll(placed.Contains);
            throw;
        }

        return placed;
    }

    /// <summary>Applies a change to a live plan in place; a trigger for the other kind of plan is refused.</summary>
    public PlanOrderState Modify(AccountState account, PlanChange change)
    {
        var index = account.Plans.FindIndex(p => p.Status == PlanStatus.Live && (change.OrderId is not null ? p.OrderId == change.OrderId : p.ClientOid == change.ClientOid));
        if (index < 0)
        {
            throw new OrderRejectedException(RejectReason.OrderNotFound);
        }

        var old = account.Plans[index];
        if ((old.IsTakeProfit ? change.StopLoss : change.TakeProfit) is not null)
        {
            throw new OrderRejectedException(RejectReason.InvalidParameter, old.IsTakeProfit ? "stopLoss" : "takeProfit");
        }

        if (old.Size is not null && change.Size is { } size)
        {
            OrderRules.CheckSize(prices.Contract(old.Symbol), size);
        }

        // A whole-position plan has no size of its own: a quantity sent with it changes nothing.
        var plan = old with
        {
            TriggerPrice = (old.IsTakeProfit ? change.TakeProfit : change.StopLoss) ?? old.TriggerPrice,
            TriggerOnMark = change.TriggerOnMark ?? old.TriggerOnMark,
            Size = old.Size is null ? null : change.Size ?? old.Size,
        };
        CheckTriggerSide(plan);
        account.Plans[index] = plan;
        return plan;
    }

    /// <summary>A plan that would fire at once is on the wrong side of the price it watches.</summary>
    private void CheckTriggerSide(PlanOrderState plan)
    {
        var price = plan.TriggerOnMark ? prices.Mark(plan.Symbol) : prices.Last(plan.Symbol);
        if (plan.IsTriggeredBy(price))
        {
            var reason = plan.IsTakeProfit ? RejectReason.TakeProfitWrongSide
                : plan.PositionSide == PositionSide.Long ? RejectReason.LongStopLossNotBelowMark : RejectReason.ShortStopLossNotAboveMark;
            throw new OrderRejectedException(reason, price.ToString("0.############", CultureInfo.InvariantCulture));
        }
    }

    public void Trigger(AccountState account)
    {
        foreach (var plan in account.Plans.Where(p => p.Status == PlanStatus.Live).ToList())
        {
            var price = plan.TriggerOnMark ? prices.Mark(plan.Symbol) : prices.Last(plan.Symbol);
            if (!plan.IsTriggeredBy(price))
            {
                continue;
            }

            var position = account.Position(plan.Symbol, plan.PositionSide);
            if (position is null)
            {
                plan.Status = PlanStatus.Canceled;
                continue;
            }

            var size = Math.Min(plan.Size ?? position.Size, position.Size);
            try
            {
                orders.CancelClosingOrders(account, plan.Symbol, plan.PositionSide);
                var order = orders.Place(account, CloseRequest(account.PositionMode, plan.Symbol, plan.PositionSide, size, "SYS"));
                plan.Status = PlanStatus.Executed;
                plan.ExecutedOrderId = order.OrderId;
            }
            catch (OrderRejectedException)
            {
                plan.Status = PlanStatus.Canceled;
            }
        }
    }

    /// <summary>A market order that closes (part of) one position side in either position mode.</summary>
    public static OrderRequest CloseRequest(PositionMode mode, string symbol, PositionSide side, decimal size, string source)
    {
        var direction = side == PositionSide.Long ? OrderSide.Sell : OrderSide.Buy;
        return mode == PositionMode.Hedge
            ? new OrderRequest(symbol, direction, OrderAction.Close, side, OrderKind.Market, size, null, null, Source: source)
            : new OrderRequest(symbol, direction, OrderAction.Reduce, null, OrderKind.Market, size, null, null, Source: source);
    }
}
