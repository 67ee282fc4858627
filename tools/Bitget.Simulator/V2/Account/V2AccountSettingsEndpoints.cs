using Bitget.Simulator.Accounts;
using Bitget.Simulator.Exchange;
using Bitget.Simulator.Market;
using Bitget.Simulator.Signing;
using Bitget.Simulator.V2.Orders;
using Bitget.Simulator.Wire;
using static Bitget.Simulator.Wire.WireFormat;

namespace Bitget.Simulator.V2.Account;

/// <summary>v2 account settings: leverage, margin mode and position mode (the modes refuse while positions or orders exist).</summary>
public static class V2AccountSettingsEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v2/mix/account");
        group.MapPost("/set-leverage", (HttpContext c, SimulatedExchange e, MarketView m) =>
        {
            var args = RequestArgs.From(c);
            var symbol = m.Contract(args.Required("symbol")).Symbol;
            var leverage = args.RequiredDecimal("leverage");
            e.SetLeverage(Caller.ApiKey(c), symbol, leverage);
            var text = Number(leverage);
            return Envelope.Ok(new { symbol, marginCoin = "USDT", longLeverage = text, shortLeverage = text, crossMarginLeverage = text, marginMode = Lower(e.Account(Caller.ApiKey(c)).MarginMode) });
        });
        group.MapPost("/set-margin-mode", (HttpContext c, SimulatedExchange e, MarketView m) =>
        {
            var key = Caller.ApiKey(c);
            var args = RequestArgs.From(c);
            var symbol = m.Contract(args.Required("symbol")).Symbol;
            var mode = args.Required("marginMode") switch
            {
                "crossed" => MarginMode.Crossed,
                "isolated" => MarginMode.Isolated,
                _ => throw new BitgetErrorException("40020", "Parameter marginMode error"),
            };
            e.ChangeMarginMode(key, mode);
            var leverage = Number(e.Account(key).Leverage);
            return Envelope.Ok(new { symbol, marginCoin = "USDT", longLeverage = leverage, shortLeverage = leverage, marginMode = Lower(mode) });
        });
        group.MapPost("/set-position-mode", (HttpContext c, SimulatedExchange e) =>
        {
            var args = RequestArgs.From(c);
            ProductTypes.IsUsdtFutures(args.Required("productType"));
            var mode = args.Required("posMode") switch
            {
                "one_way_mode" => PositionMode.OneWay,
                "hedge_mode" => PositionMode.Hedge,
                _ => throw new BitgetErrorException("40020", "Parameter posMode error"),
            };
            e.ChangePositionMode(Caller.ApiKey(c), mode);
            return Envelope.Ok(new { posMode = V2OrderJson.PosMode(mode) });
        });
    }
}
