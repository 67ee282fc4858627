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
