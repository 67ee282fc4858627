using Bitget.Simulator.Accounts;
using Bitget.Simulator.Exchange;
using Bitget.Simulator.Signing;
using Bitget.Simulator.V2.Orders;
using Bitget.Simulator.Wire;
using static Bitget.Simulator.Wire.WireFormat;

namespace Bitget.Simulator.V3.Account;

/// <summary>Private v3 account and position routes: assets, info, settings, current-position.</summary>
public static class V3AccountEndpoints
{
    private static readonly string[] Permissions = ["uta_mgt", "uta_trade"];

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v3/account/assets", (HttpContext c, SimulatedExchange e) => Envelope.Ok(Assets(e.Account(Caller.ApiKey(c)))));
        app.MapGet("/api/v3/account/info", (HttpContext c, SimulatedExchange e) => Envelope.Ok(new
        {
            userId = Uid(Caller.ApiKey(c)), inviterId = "", parentId = "", channelCode = "", channel = "official", ips = "",
            permType = "read-and-write", permissions = Permissions, regisTime = "1704067200000",
        }));
        app.MapGet("/api/v3/account/settings", (HttpContext c, SimulatedExchange e) =>
        {
            var key = Caller.ApiKey(c);
            var account = e.Account(key);
            return Envelope.Ok(new
            {
                uid = Uid(key), accountMode = "unified", assetMode = "single_asset", accountLevel = "basic",
                holdMode = V2OrderJson.PosMode(account.PositionMode), stpMode = "none",
                symbolConfigList = e.Contracts.Select(s => new { category = "USDT-FUTURES", symbol = s.Symbol, marginMode = Lower(account.MarginMode), leverage = Number(account.Leverage) }).ToList(),
                coinConfigList = Array.Empty<object>(),
            });
        });
        app.MapPost("/api/v3/account/set-leverage", (HttpContext c, SimulatedExchange e, Bitget.Simulator.Exchange.MarketView m) =>
        {
            var args = RequestArgs.From(c);
            V3Categories.IsUsdtFutures(args);
            e.SetLeverage(Caller.ApiKey(c), m.Contract(args.Required("symbol")).Symbol, args.RequiredDecimal("leverage"));
            return Envelope.Ok("success");
        });
        app.MapPost("/api/v3/account/set-hold-mode", (HttpContext c, SimulatedExchange e) =>
        {
            var mode = RequestArgs.From(c).Required("holdMode") switch
            {
                "one_way_mode" => PositionMode.OneWay,
                "hedge_mode" => PositionMode.Hedge,
                _ => throw new BitgetErrorException("40020", "Parameter holdMode error"),
            };
            e.ChangePositionMode(Caller.ApiKey(c), mode);
            return Envelope.Ok("success");
        });
        app.MapGet("/api/v3/position/current-position", (HttpContext c, SimulatedExchange e) =>
        {
            var args = RequestArgs.From(c);
            var usdt = V3Categories.IsUsdtFutures(args);
            var positions = usdt ? e.Positions(Caller.ApiKey(c))
                .Where(p => (args.Get("symbol") is not { } s || p.Symbol == s) && (args.Get("posSide") is not { } side || Lower(p.Side) == side))
                .Select(Position).ToList() : [];
            return Envelope.Ok(new { list = positions.Count == 0 ? null : positions });
        });
    }

    /// <summary>
    /// UTA totals from the positions (one USDT asset, no collateral haircut, so effEquity = equity):
    /// <c>mmr</c> = Σ size × mark × maintenance margin rate; <c>imr</c> = position margin + margin locked by resting
    /// opening orders; <c>mgnRatio</c> = mmr / effEquity (the account is liquidated at 1); <c>positionMgnRatio</c> =
    /// imr / effEquity (the share of equity tied up as initial margin). Ratios are 0 without positions, 1 (capped)
    /// when equity is gone; rounded to 8 places.
    /// </summary>
    private static object Assets(AccountSnapshot a) => new
    {
        accountEquity = Number(a.Equity), usdtEquity = Number(a.Equity), btcEquity = "0", unrealisedPnl = Number(a.UnrealizedPnl),
        usdtUnrealisedPnl = Number(a.UnrealizedPnl), btcUnrealizedPnl = "0", effEquity = Number(a.Equity), mmr = Number(a.MaintenanceMargin),
        imr = Number(a.PositionMargin + a.Locked), mgnRatio = Number(Ratio(a.MaintenanceMargin, a.Equity)), positionMgnRatio = Number(Ratio(a.PositionMargin + a.Locked, a.Equity)),
        assets = new[] { new { coin = "USDT", equity = Number(a.Equity), usdValue = Number(a.Equity), balance = Number(a.Wallet), available = Number(a.Available), debt = "0", locked = Number(a.Locked) } },
    };

    private static decimal Ratio(decimal margin, decimal equity) =>
        margin <= 0m ? 0m : equity <= 0m ? 1m : Math.Round(margin / equity, 8);

    private static Dictionary<string, object?> Position(PositionSnapshot p) => new()
    {
        ["category"] = "USDT-FUTURES", ["symbol"] = p.Symbol, ["marginCoin"] = "USDT", ["holdMode"] = V2OrderJson.PosMode(p.Mode),
        ["posSide"] = Lower(p.Side), ["marginMode"] = Lower(p.MarginMode), ["positionBalance"] = Number(p.Margin),
        ["available"] = Number(p.Available), ["frozen"] = Number(p.Locked), ["total"] = Number(p.Size), ["leverage"] = Number(p.Leverage),
        ["curRealisedPnl"] = Number(p.AchievedProfits), ["avgPrice"] = Number(p.EntryPrice), ["positionStatus"] = "normal",
        ["unrealisedPnl"] = Number(p.UnrealizedPnl), ["liquidationPrice"] = Number(p.LiquidationPrice), ["mmr"] = Number(p.MaintenanceMarginRate),
        ["profitRate"] = p.Margin > 0 ? Number(Math.Round(p.UnrealizedPnl / p.Margin, 6)) : "0", ["markPrice"] = Number(p.MarkPrice),
        ["breakEvenPrice"] = Number(p.Side == PositionSide.Long ? p.EntryPrice + p.TotalFee / p.Size : p.EntryPrice - p.TotalFee / p.Size),
        ["totalFunding"] = "0", ["openFeeTotal"] = Number(-p.TotalFee), ["closeFeeTotal"] = "0",
        ["createdTime"] = Ms(p.Created), ["updatedTime"] = Ms(p.Updated),
    };

    /// <summary>A stable 10-digit uid per key (FNV-1a), so the same key always reads as the same user.</summary>
    private static string Uid(string apiKey)
    {
        var hash = 2166136261u;
        foreach (var ch in apiKey)
        {
            hash = unchecked((hash ^ ch) * 16777619u);
        }

        return (1_000_000_000L + hash % 1_000_000_000L).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
