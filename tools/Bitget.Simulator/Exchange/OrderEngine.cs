using Bitget.Simulator.Accounts;
using Bitget.Simulator.Market;
using Bitget.Simulator.Orders;
using Bitget.Simulator.Prices;

namespace Bitget.Simulator.Exchange;

/// <summary>
/// Validates, books and fills orders for one account at a time; the caller holds the exchange lock. Market orders
/// fill at the last price; limit orders fill at once when they cross, else rest until the last price reaches them.
/// Reduce-only and close orders never open or flip a position.
/// </summary>
internal sealed class OrderEngine(PriceBook prices, TimeProvider time, IdSequence ids)
{
    public OrderState Place(AccountState account, OrderRequest request)
    {
        var contract = Contract(request.Symbol);
        var clientOid = UniqueClientOid(account, request.ClientOid, request.ClientOidReusableWhenDone);
        CheckMode(account.PositionMode, request);
        OrderRules.CheckSize(contract, request.Size);
        var last = prices.Last(request.Symbol);
        var price = request.Kind == OrderKind.Market ? last : OrderRules.CheckPrice(contract, request.Price);
        var (closable, opening) = Split(account, request);
        if (request.Action is OrderAction.Close or OrderAction.Reduce && closable == 0)
        {
            throw new OrderRejectedException(RejectReason.NoPositionToClose);
        }

        var withheld = false;
        if (closable > 0 && request.Action is OrderAction.Close or OrderAction.Reduce)
        {
            (closable, withheld) = MakeRoom(account, request, closable);
        }

        var leverage = account.LeverageFor(request.Symbol);
        CheckOpening(account, contract, opening, price, leverage);
        var order = new OrderState(ids.Next(), clientOid, request, account.PositionMode, leverage,
            request.MarginMode ?? account.MarginMode, time.GetUtcNow());
        if (request.Action is OrderAction.Close or OrderAction.Reduce)
        {
            order.Size = Math.Min(request.Size, closable);
            order.OrderIdWithheld = withheld;
        }

        account.Orders.Add(order);
        if (request.Kind == OrderKind.Market || Crosses(request.Direction, price, last))
        {
            Execute(account, order, last, taker: true);
        }
        else
        {
            order.LockedMargin = opening * price / leverage;
        }

        return order;
    }

    /// <summary>Fills what is left of <paramref name="order"/> at <paramref name="price"/>.</summary>
    public void Execute(AccountState account, OrderState order, decimal price, bool taker)
    {
        var contract = Contract(order.Request.Symbol);
        var rate = taker ? contract.TakerFeeRate : contract.MakerFeeRate;
        var remaining = order.Size - order.FilledSize;
        var profit = 0m;
        var filled = 0m;
        var request = order.Request;
        var against = request.Direction == OrderSide.Buy ? PositionSide.Short : PositionSide.Long;
        var toward = request.Direction == OrderSide.Buy ? PositionSide.Long : PositionSide.Short;
        switch (request.Action)
        {
            case OrderAction.Open:
                filled = Open(account, order, request.PositionSide!.Value, remaining, new Trade(price, rate));
                break;
            case OrderAction.Close:
                (filled, profit) = Close(account, request.Symbol, request.PositionSide!.Value, remaining, new Trade(price, rate));
                break;
            case OrderAction.Reduce:
                (filled, profit) = Close(account, request.Symbol, against, remaining, new Trade(price, rate));
                break;
            case OrderAction.Net:
                (filled, profit) = Close(account, request.Symbol, against, remaining, new Trade(price, rate));
                filled += remaining > filled ? Open(account, order, toward, remaining - filled, new Trade(price, rate)) : 0m;
                break;
        }

        var fee = filled * price * rate;
        account.Wallet -= fee;
        order.AveragePrice = filled > 0 ? price : order.AveragePrice;
        order.FilledSize += filled;
        order.Fee += fee;
        order.Profit += profit;
        order.LockedMargin = 0;
        order.Status = filled > 0 ? OrderStatus.Filled : OrderStatus.Canceled;
        order.Updated = time.GetUtcNow();
        if (filled > 0)
        {
            account.Fills.Add(new FillState(ids.Next(), order.OrderId, request.Symbol, request.Direction, request.Action,
                request.PositionSide, order.Mode, price, filled, fee, profit, taker, order.Updated));
        }
    }

    public static (decimal Closable, decimal Opening) Split(AccountState account, OrderRequest request)
    {
        var against = request.Direction == OrderSide.Buy ? PositionSide.Short : PositionSide.Long;
        return request.Action switch
        {
            OrderAction.Open => (0m, request.Size),
            OrderAction.Close => (Math.Min(request.Size, account.Position(request.Symbol, request.PositionSide!.Value)?.Size ?? 0m), 0m),
            OrderAction.Reduce => (Math.Min(request.Size, account.Position(request.Symbol, against)?.Size ?? 0m), 0m),
            _ => NetSplit(account.Position(request.Symbol, against)?.Size ?? 0m, request.Size),
        };
    }

    /// <summary>
    /// One clientOid per account over its orders and plans (or only over pending ones, as v3 documents it, so a blind
    /// retry after a filled order places a second one); none given = one is generated.
    /// </summary>
    public string UniqueClientOid(AccountState account, string? clientOid, bool pendingOnly = false)
    {
        var value = clientOid ?? ids.Next();
        var taken = account.Orders.Any(o => o.ClientOid == value && (!pendingOnly || o.Status == OrderStatus.Live))
            || account.Plans.Any(p => p.ClientOid == value && (!pendingOnly || p.Status == PlanStatus.Live));
        return taken
            ? throw new OrderRejectedException(RejectReason.DuplicateClientOid, value)
            : value;
    }

    private void CheckOpening(AccountState account, ContractSpec contract, decimal opening, decimal price, decimal leverage)
    {
        if (opening <= 0)
        {
            return;
        }

        OrderRules.CheckMinimums(contract, opening, price);
        var needed = opening * price / leverage + opening * price * contract.TakerFeeRate;
        if (needed > AccountMath.Account(account, prices).Available)
        {
            throw new OrderRejectedException(RejectReason.InsufficientBalance);
        }
    }

    /// <summary>
    /// Resting close orders reserve part of the position (BITGET-API.md §7). Hedge: a close takes only the free
    /// remainder, or, when nothing is free, cancels the resting closes. One-way: the oldest reduce-only orders are
    /// cancelled until the new one fits, and then the reply to the new one carries no orderId.
    /// </summary>
    private (decimal Closable, bool Withheld) MakeRoom(AccountState account, OrderRequest request, decimal closable)
    {
        var side = request.Action == OrderAction.Close ? request.PositionSide!.Value
            : request.Direction == OrderSide.Buy ? PositionSide.Short : PositionSide.Long;
        var position = account.Position(request.Symbol, side)!;
        var resting = account.Orders.Where(o => o.Status == OrderStatus.Live && o.Request.Symbol == request.Symbol && AccountMath.ClosesSide(o, side))
            .OrderBy(o => o.Created).ToList();
        var reserved = resting.Sum(o => o.Size - o.FilledSize);
        if (request.Action == OrderAction.Close)
        {
            var free = position.Size - reserved;
            if (free > 0)
            {
                return (Math.Min(closable, free), false);
            }

            resting.ForEach(Cancel);
            return (closable, false);
        }

        var cancelled = false;
        foreach (var old in resting.TakeWhile(_ => reserved + closable > position.Size))
        {
            reserved -= old.Size - old.FilledSize;
            Cancel(old);
            cancelled = true;
        }

        return (closable, cancelled);
    }

    /// <summary>Flash closes, fired plans and liquidations take the whole side: resting closes of it go first.</summary>
    public void CancelClosingOrders(AccountState account, string symbol, PositionSide side)
    {
        foreach (var order in account.Orders.Where(o => o.Status == OrderStatus.Live && o.Request.Symbol == symbol && AccountMath.ClosesSide(o, side)))
        {
            Cancel(order);
        }
    }

    public void Cancel(OrderState order)
    {
        order.Status = OrderStatus.Canceled;
        order.LockedMargin = 0;
        order.Updated = time.GetUtcNow();
    }

    private static (decimal, decimal) NetSplit(decimal opposite, decimal size) => (Math.Min(opposite, size), Math.Max(0m, size - opposite));

    private static bool Crosses(OrderSide direction, decimal limit, decimal last) =>
        direction == OrderSide.Buy ? limit >= last : limit <= last;

    private static void CheckMode(PositionMode mode, OrderRequest request)
    {
        var hedgeAction = request.Action is OrderAction.Open or OrderAction.Close;
        if (mode == PositionMode.OneWay && hedgeAction)
        {
            throw new OrderRejectedException(RejectReason.HedgeParametersOnOneWay);
        }

        if (mode == PositionMode.Hedge && (!hedgeAction || request.PositionSide is null))
        {
            throw new OrderRejectedException(RejectReason.WrongPositionType);
        }
    }

    private decimal Open(AccountState account, OrderState order, PositionSide side, decimal size, Trade trade)
    {
        var key = (order.Request.Symbol, side);
        if (!account.Positions.TryGetValue(key, out var position))
        {
            position = new PositionState(order.Request.Symbol, side, order.Leverage, order.MarginMode, time.GetUtcNow()) { Id = ids.Next() };
            account.Positions[key] = position;
        }

        position.EntryPrice = (position.EntryPrice * position.Size + trade.Price * size) / (position.Size + size);
        position.Size += size;
        position.OpenedSize += size;
        position.Margin += size * trade.Price / position.Leverage;
        position.TotalFee += size * trade.Price * trade.FeeRate;
        position.Updated = time.GetUtcNow();
        return size;
    }

    private (decimal Filled, decimal Profit) Close(AccountState account, string symbol, PositionSide side, decimal size, Trade trade)
    {
        var position = account.Position(symbol, side);
        if (position is null || size <= 0)
        {
            return (0m, 0m);
        }

        var quantity = Math.Min(size, position.Size);
        var profit = (trade.Price - position.EntryPrice) * quantity * (side == PositionSide.Long ? 1 : -1);
        account.Wallet += profit;
        position.AchievedProfits += profit;
        position.Margin -= position.Margin * quantity / position.Size;
        position.Size -= quantity;
        position.ClosedSize += quantity;
        position.ClosedValue += quantity * trade.Price;
        position.CloseFee += quantity * trade.Price * trade.FeeRate;
        position.TotalFee += quantity * trade.Price * trade.FeeRate;
        position.Updated = time.GetUtcNow();
        if (position.Size == 0)
        {
            account.Positions.Remove((symbol, side));
            account.ClosedPositions.Add(position.ToClosed(account.PositionMode));
            foreach (var plan in account.Plans.Where(p => !account.Options.KeepPlansAfterClose && p.Status == PlanStatus.Live && p.Symbol == symbol && p.PositionSide == side))
            {
                plan.Status = PlanStatus.Canceled;
            }
        }

        return (quantity, profit);
    }

    private readonly record struct Trade(decimal Price, decimal FeeRate);

    private ContractSpec Contract(string symbol) =>
        prices.Contains(symbol) ? prices.Contract(symbol) : throw new OrderRejectedException(RejectReason.SymbolNotFound, symbol);
}
