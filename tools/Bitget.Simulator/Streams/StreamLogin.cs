using System.Globalization;
using System.Text.Json;
using Bitget.Simulator.Accounts;
using Bitget.Simulator.Exchange;
using Bitget.Simulator.Signing;

namespace Bitget.Simulator.Streams;

/// <summary>
/// Checks a WebSocket login the way Bitget does: known key (30011), passphrase (30012), timestamp in seconds (or ms)
/// within 30 s (30013/30014), signature <c>Base64(HMAC-SHA256(secret, timestamp + "GET" + "/user/verify"))</c> (30015);
/// a classic key on a v3 socket or a unified key on a v2 socket is refused (30005).
/// </summary>
internal static class StreamLogin
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(30);

    public static (string? ApiKey, int Code, string Message) Check(JsonElement args, StreamApi api, SimulatedExchange exchange, TimeProvider time)
    {
        var key = Text(args, "apiKey");
        var account = key is null ? null : exchange.Credentials(key);
        if (account is null)
        {
            return (null, 30011, "Invalid ACCESS_KEY");
        }

        if ((exchange.KindOf(key!) == AccountKind.Unified) != (api == StreamApi.V3))
        {
            return (null, 30005, "Login failed");
        }

        if (!Signature.Matches(account.Passphrase, Text(args, "passphrase") ?? ""))
        {
            return (null, 30012, "Invalid ACCESS_PASSPHRASE");
        }

        var timestamp = Text(args, "timestamp") ?? "";
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return (null, 30013, "Invalid ACCESS_TIMESTAMP");
        }

        var sent = value > 100_000_000_000 ? DateTimeOffset.FromUnixTimeMilliseconds(value) : DateTimeOffset.FromUnixTimeSeconds(value);
        if ((time.GetUtcNow() - sent).Duration() > Window)
        {
            return (null, 30014, "Request timestamp expired");
        }

        var expected = Signature.Compute(account.Secret, Signature.Prehash(timestamp, "GET", "/user/verify", "", ""));
        return Signature.Matches(expected, Text(args, "sign") ?? "") ? (key, 0, "") : (null, 30015, "Invalid signature");
    }

    private static string? Text(JsonElement args, string name) =>
        args.ValueKind == JsonValueKind.Object && args.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
