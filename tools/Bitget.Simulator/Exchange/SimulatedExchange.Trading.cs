using Bitget.Simulator.Accounts;
using Bitget.Simulator.Orders;

namespace Bitget.Simulator.Exchange;

/// <summary>Trading operations shared by the v2 and v3 routes (and usable directly from tests).</summary>
public sealed partial class SimulatedExchange
{
    public PositionMode ModeOf(string apiKey) => Run(apiKey, a => a.PositionMode);

    /// <summary>As through the API: refused while the account holds positions or open orders.</summary>
    public void ChangePositionMode(string apiKey, PositionMode mode) => Run(apiKey, account =>
    {
        if (account.PositionMode != mode && (account.Positions.Count > 0 || account.Orders.Any(o => o.Status == OrderStatus.Live)))
        {
            throw new OrderRejectedException(RejectReason.PositionsOrOrdersExist);
        }

        account.PositionMode = mode;
    });

    /// <summary>As through the API: refused while the account holds positions or open orders.</summary>
    public void ChangeMarginMode(string apiKey, MarginMode mode) => Run(apiKey, account =>
    {
        if (account.MarginMode != mode && (account.Positions.Count > 0 || account.Orders.Any(o => o.Status == OrderStatus.Live)))
        {
            throw new OrderRejectedException(RejectReason.PositionsOrOrdersExist);
        }

        account.MarginMode = mode;
    });

    /// <summary>
    /// Places an order; a filled opening order with preset TP/SL prices gets matching partial plans. A market order
    /// above the contract's <c>maxMarketOrderQty</c> is refused (flash close, plans and liquidation are not limited).
    /// </summary>
    public OrderSnapshot PlaceOrder(string apiKey, OrderRequest request) => Run(apiKey, account =>
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Prices.Contains(request.Symbol))
        {
            OrderRules.CheckMarketSize(Prices.Contract(request.Symbol), request.Kind, request.Size);
        }

        var order = Engine.Place(account, request);
        if (order.Status == OrderStatus.Filled && request.Action is OrderAction.Open or OrderAction.Net)
        {
            AddPresets(account, order);
        }

        LogOrder(apiKey, order);
        return order.ToSnapshot();
    });

    public OrderSnapshot CancelOrder(string apiKey, string? orderId, string? clientOid) => Run(apiKey, account =>
    {
        var order = Find(account, orderId, clientOid);
        if (order is null || order.Status != OrderStatus.Live)
        {
            throw new OrderRejectedException(RejectReason.OrderNotFound);
        }

        Engine.Cancel(order);
        return order.ToSnapshot();
    });

    public IReadOnlyList<OrderSnapshot> CancelAll(string apiKey, string? symbol) => Run(apiKey, account =>
    {
        var live = account.Orders.Where(o => o.Status == OrderStatus.Live && (symbol is null || o.Request.Symbol == symbol)).ToList();
        live.ForEach(Engine.Cancel);

        return live.Select(o => o.ToSnapshot()).ToList();
    });

    /// <summary>
    /// Replaces a resting limit order by a new one (new clientOid, optionally new size and price), as v2
    /// <c>modify-order</c> does; if the new order is refused the old one stays.
    /// </summary>
    public OrderSnapshot ModifyOrder(string apiKey, string? orderId, string? clientOid, string newClientOid, decimal? newSize, decimal? newPrice) =>
        Run(apiKey, account =>
        {
            var old = Find(account, orderId, clientOid);
            if (old is null || old.Status != OrderStatus.Live)
            {
                throw new OrderRejectedException(RejectReason.OrderNotFound);
            }

            // The new clientOid is checked while the old order is still pending, so it can never reuse the old one's.
            Engine.UniqueClientOid(account, newClientOid, old.Request.ClientOidReusableWhenDone);
            var locked = old.LockedMargin;
            Engine.Cancel(old);
            try
            {
                var request = old.Request with { Size = newSize ?? old.Size - old.FilledSize, Price = newPrice ?? old.Request.Price, ClientOid = newClientOid };
                var order = Engine.Place(account, request);
                LogOrder(apiKey, order);
                return order.ToSnapshot();
            }
            catch (OrderRejectedException)
            {
                old.Status = OrderStatus.Live;
                old.LockedMargin = locked;
                throw;
            }
        });

    public OrderSnapshot? FindOrder(string apiKey, string? orderId, string? clientOid) =>
        Run(apiKey, account => Find(account, orderId, clientOid)?.ToSnapshot());

    /// <summary>Market-closes every matching position (flash close); none → <see cref="RejectReason.NoPositionToClose"/>.</summary>
    public IReadOnlyList<OrderSnapshot> FlashClose(string apiKey, string? symbol, PositionSide? side) => Run(apiKey, account =>
    {
        var targets = account.Positions.Values
            .Where(p => (symbol is null || p.Symbol == symbol) && (side is null || account.PositionMode == PositionMode.OneWay || p.Side == side))
            .ToList();
        if (targets.Count == 0)
        {
            throw new OrderRejectedException(RejectReason.NoPositionToClose);
        }

        return targets.Select(p =>
        {
            Engine.CancelClosingOrders(account, p.Symbol, p.Side);
            var order = Engine.Place(account, PlanEngine.CloseRequest(account.PositionMode, p.Symbol, p.Side, p.Size, "API"));
            LogOrder(apiKey, order);
            return order.ToSnapshot();
        }).ToList();
    });

    public PlanOrderState PlacePlan(string apiKey, PlanRequest request) => Run(apiKey, account => Plans.Place(account, request) with { });

    /// <summary>A v3 TP/SL strategy order: its take-profit and/or stop-loss plans, booked together or not at all.</summary>
    public IReadOnlyList<PlanOrderState> PlaceStrategy(string apiKey, PlanRequest? takeProfit, PlanRequest? stopLoss) =>
        Run(apiKey, account => Plans.PlaceStrategy(account, takeProfit, stopLoss).Select(p => p with { }).ToList());

    /// <summary>Moves a live plan's trigger (and a partial plan's size) in place: same order id, same clientOid.</summary>
    public PlanOrderState ModifyPlan(string apiKey, PlanChange change) => Run(apiKey, account => Plans.Modify(account, change) with { });

    public PlanOrderState CancelPlan(string apiKey, string? orderId, string? clientOid) => Run(apiKey, account =>
    {
        var plan = account.Plans.FirstOrDefault(p => p.Status == PlanStatus.Live && (orderId is not null ? p.OrderId == orderId : p.ClientOid == clientOid))
            ?? throw new OrderRejectedException(RejectReason.OrderNotFound);
        plan.Status = PlanStatus.Canceled;
        return plan with { };
    });

    private static OrderState? Find(AccountState account, string? orderId, string? clientOid) => orderId is not null
        ? account.Orders.FirstOrDefault(o => o.OrderId == orderId)
        : account.Orders.LastOrDefault(o => o.ClientOid == clientOid);

    private void AddPresets(AccountState account, OrderState order)
    {
        var side = order.Request.PositionSide ?? (order.Request.Direction == OrderSide.Buy ? PositionSide.Long : PositionSide.Short);
        foreach (var (price, type) in new[] { (order.Request.PresetTakeProfit, PlanType.ProfitPlan), (order.Request.PresetStopLoss, PlanType.LossPlan) })
        {
            if (price is { } trigger)
            {
                try
                {
                    Plans.Place(account, new PlanRequest(order.Request.Symbol, type, side, trigger, TriggerOnMark: true, order.FilledSize, null));
                }
                catch (OrderRejectedException)
                {
                    // A preset on the wrong side of the mark price is dropped; the order itself stands, as on Bitget.
                }
            }
        }
    }
}
