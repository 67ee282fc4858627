using System.Text.Json;

namespace Bitget.Simulator.Tests.Support;

/// <summary>v2 request bodies as a client would send them.</summary>
public static class V2Bodies
{
    public const string PlaceOrder = "/api/v2/mix/order/place-order";
    public const string AllPositions = "/api/v2/mix/position/all-position";
    public const string Account = "/api/v2/mix/account/account";

    public static string Order(string side, string size, string orderType = "market", string? price = null, string? tradeSide = null,
        string? reduceOnly = null, string? clientOid = null, string symbol = "BTCUSDT")
    {
        var body = new Dictionary<string, string>
        {
            ["symbol"] = symbol, ["productType"] = "USDT-FUTURES", ["marginMode"] = "crossed", ["marginCoin"] = "USDT",
            ["size"] = size, ["side"] = side, ["orderType"] = orderType,
        };
        Add(body, "price", price);
        Add(body, "tradeSide", tradeSide);
        Add(body, "reduceOnly", reduceOnly);
        Add(body, "clientOid", clientOid);
        return JsonSerializer.Serialize(body);
    }

    public static string Json(object value) => JsonSerializer.Serialize(value);

    private static void Add(Dictionary<string, string> body, string key, string? value)
    {
        if (value is not null)
        {
            body[key] = value;
        }
    }
}
