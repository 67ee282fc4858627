using Bitget.Simulator.Market;
using Bitget.Simulator.Orders;
using Bitget.Simulator.Prices;

namespace Bitget.Simulator.Accounts;

/// <summary>
/// Balance and position arithmetic. Equity = wallet + unrealized PnL at mark; available = equity − position margin −
/// margin locked by resting opening orders. The liquidation price is an approximation: the mark price at which the
/// equity backing the position (its margin when isolated; all free equity when crossed) falls to the maintenance margin.
/// </summary>
internal static class AccountMath
{
    public static AccountSnapshot Account(AccountState account, PriceBook prices)
    {
        var unrealized = account.Positions.Values.Sum(p => p.UnrealizedPnl(prices.Mark(p.Symbol)));
        var positionMargin = account.Positions.Values.Sum(p => p.Margin);
        var locked = account.Orders.Where(o => o.Status == OrderStatus.Live).Sum(o => o.LockedMargin);
        var equity = account.Wallet + unrealized;
        var available = Math.Max(0m, equity - positionMargin - locked);
        var maintenance = account.Positions.Values.Sum(p => p.Size * prices.Mark(p.Symbol) * prices.Contract(p.Symbol).MaintenanceMarginRate);
        return new AccountSnapshot(
            account.ApiKey, account.Kind, account.PositionMode, account.MarginMode, account.Options.Leverage,
            account.Wallet, equity, available, locked, positionMargin, unrealized, maintenance);
    }

    public static PositionSnapshot Position(AccountState account, PositionState position, PriceBook prices)
    {
        var contract = prices.Contract(position.Symbol);
        var mark = prices.Mark(position.Symbol);
        var locked = Math.Min(position.Size, account.Orders
            .Where(o => o.Status == OrderStatus.Live && o.Request.Symbol == position.Symbol && ClosesSide(o, position.Side))
            .Sum(o => o.Size - o.FilledSize));
        return new PositionSnapshot(
            position.Symbol, position.Side, account.PositionMode, position.MarginMode, position.Size, position.Size - locked, locked,
            position.EntryPrice, mark, position.Leverage, position.Margin, position.UnrealizedPnl(mark),
            LiquidationPrice(account, position, contract, prices), position.AchievedProfits, position.TotalFee,
            contract.MaintenanceMarginRate, position.Created, position.Updated);
    }

    public static decimal LiquidationPrice(AccountState account, PositionState position, ContractSpec contract, PriceBook prices)
    {
        if (position.Size == 0)
        {
            return 0m;
        }

        var buffer = position.MarginMode == MarginMode.Isolated ? position.Margin : CrossBuffer(account, position, prices);
        var mmr = contract.MaintenanceMarginRate;
        var notional = position.EntryPrice * position.Size;
        var price = position.Side == PositionSide.Long
            ? (notional - buffer) / (position.Size * (1m - mmr))
            : (notional + buffer) / (position.Size * (1m + mmr));
        return price <= 0 ? 0m : contract.RoundPrice(price);
    }

    public static bool ClosesSide(OrderState order, PositionSide side) => order.Request.Action switch
    {
        OrderAction.Close => order.Request.PositionSide == side,
        OrderAction.Reduce => (order.Request.Direction == OrderSide.Sell) == (side == PositionSide.Long),
        _ => false,
    };

    private static decimal CrossBuffer(AccountState account, PositionState position, PriceBook prices)
    {
        var others = account.Positions.Values.Where(p => !ReferenceEquals(p, position)).ToList();
        var locked = account.Orders.Where(o => o.Status == OrderStatus.Live).Sum(o => o.LockedMargin);
        return account.Wallet + others.Sum(p => p.UnrealizedPnl(prices.Mark(p.Symbol))) - others.Sum(p => p.Margin) - locked;
    }
}
