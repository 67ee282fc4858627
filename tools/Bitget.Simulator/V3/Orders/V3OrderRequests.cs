using System.Text.RegularExpressions;
using Bitget.Simulator.Accounts;
using Bitget.Simulator.Orders;
using Bitget.Simulator.Wire;

namespace Bitget.Simulator.V3.Orders;

/// <summary>
/// Translates v3 order parameters (BITGET-UTA-V3.md §2.4). <c>side</c> is always the trade direction. Hedge:
/// <c>posSide</c> is required and names the position, so close long = sell + posSide long (the opposite of v2's
/// buy + close). One-way: <c>reduceOnly=yes</c> only reduces. clientOid: 1–32 of letters, digits, <c>. : / _ -</c>.
/// </summary>
public static partial class V3OrderRequests
{
    /// <param name="args">The order's fields.</param>
    /// <param name="mode">The account's hold mode.</param>
    /// <param name="clientOidReusableWhenDone">The clientOid only has to be unique among pending orders.</param>
    /// <param name="reduceOnlySupported">False for <c>place-batch</c>, which does not support reduce-only: the flag is ignored there.</param>
    public static OrderRequest Order(RequestArgs args, PositionMode mode, bool clientOidReusableWhenDone, bool reduceOnlySupported = true)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (!V3Categories.IsUsdtFutures(args))
        {
            throw new OrderRejectedException(RejectReason.SymbolNotFound, args.Get("symbol") ?? "");
        }

        var symbol = args.Required("symbol");
        var qty = args.RequiredDecimal("qty");
        var side = Side(args.Required("side"));
        var kind = args.Required("orderType") switch
        {
            "market" => OrderKind.Market,
            "limit" => OrderKind.Limit,
            _ => throw new BitgetErrorException("40020", "Parameter orderType error"),
        };
        var clientOid = ClientOid(args.Get("clientOid"));
        var (action, positionSide) = Semantics(mode, side, args.Get("posSide"), reduceOnlySupported ? args.Get("reduceOnly") : null);
        var direction = side;
        MarginMode? marginMode = args.Get("marginMode") switch
        {
            null or "crossed" => MarginMode.Crossed,
            "isolated" => MarginMode.Isolated,
            _ => throw new BitgetErrorException("40020", "Parameter marginMode error"),
        };
        return new OrderRequest(symbol, direction, action, positionSide, kind, qty, args.Decimal("price"), clientOid, marginMode,
            args.Decimal("takeProfit"), args.Decimal("stopLoss"), ClientOidReusableWhenDone: clientOidReusableWhenDone);
    }

    public static (OrderAction Action, PositionSide? PositionSide) Semantics(PositionMode mode, OrderSide side, string? posSide, string? reduceOnly)
    {
        if (mode == PositionMode.OneWay)
        {
            return (string.Equals(reduceOnly, "yes", StringComparison.OrdinalIgnoreCase) ? OrderAction.Reduce : OrderAction.Net, null);
        }

        var position = posSide switch
        {
            "long" => PositionSide.Long,
            "short" => PositionSide.Short,
            null => throw new OrderRejectedException(RejectReason.WrongPositionType),
            _ => throw new BitgetErrorException("40020", "Parameter posSide error"),
        };
        var opens = (side == OrderSide.Buy) == (position == PositionSide.Long);
        return (opens ? OrderAction.Open : OrderAction.Close, position);
    }

    public static OrderSide Side(string side) => side switch
    {
        "buy" => OrderSide.Buy,
        "sell" => OrderSide.Sell,
        _ => throw new BitgetErrorException("40020", "Parameter side error"),
    };

    public static string? ClientOid(string? clientOid) =>
        clientOid is null || ClientOidPattern().IsMatch(clientOid) ? clientOid : throw new OrderRejectedException(RejectReason.InvalidClientOid);

    [GeneratedRegex("^[\\.A-Z\\:/a-z0-9_-]{1,32}$")]
    private static partial Regex ClientOidPattern();
}
