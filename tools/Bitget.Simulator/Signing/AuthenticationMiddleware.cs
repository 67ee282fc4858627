using System.Globalization;
using Bitget.Simulator.Accounts;
using Bitget.Simulator.Exchange;
using Bitget.Simulator.Wire;

namespace Bitget.Simulator.Signing;

/// <summary>
/// Checks private requests the way Bitget does, in this order: key present and known (40001, 40037); account kind
/// against the API family before anything else (40085 UTA key on v2, 40084 classic key on v3); signature and
/// timestamp present (40002, 40005); timestamp within 30 s of server time (40008); passphrase present (40011); demo
/// header matching the key (40099); passphrase right (40012); signature right (40009).
/// </summary>
public sealed class AuthenticationMiddleware(RequestDelegate next, SimulatedExchange exchange, TimeProvider time)
{
    public const string ApiKeyItem = "sim.apiKey";
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(30);

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var path = context.Request.Path.Value ?? "";
        if (ApiSurface.IsPrivate(path))
        {
            var body = await RequestBody.ReadAsync(context);
            context.Items[ApiKeyItem] = Authenticate(context.Request, path, body);
        }

        await next(context);
    }

    private string Authenticate(HttpRequest request, string path, string body)
    {
        var key = Header(request, "ACCESS-KEY") ?? throw Fail("40001", "ACCESS_KEY cannot be empty");
        var account = exchange.Credentials(key) ?? throw Fail("40037", "Apikey does not exist");
        CheckKind(exchange.KindOf(key), path);
        var sign = Header(request, "ACCESS-SIGN") ?? throw Fail("40002", "ACCESS_SIGN cannot be empty");
        var timestamp = Header(request, "ACCESS-TIMESTAMP") ?? throw Fail("40005", "Invalid ACCESS_TIMESTAMP");
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var ms))
        {
            throw Fail("40005", "Invalid ACCESS_TIMESTAMP");
        }

        if ((time.GetUtcNow() - DateTimeOffset.FromUnixTimeMilliseconds(ms)).Duration() > Window)
        {
            throw Fail("40008", "Request timestamp expired");
        }

        var passphrase = Header(request, "ACCESS-PASSPHRASE") ?? throw Fail("40011", "ACCESS_PASSPHRASE cannot be empty");
        if (Header(request, "paptrading") == "1" != account.Demo)
        {
            throw Fail("40099", "exchange environment is incorrect");
        }

        if (!Signature.Matches(account.Passphrase, passphrase))
        {
            throw Fail("40012", "apikey/password is incorrect");
        }

        var query = Uri.UnescapeDataString(request.QueryString.Value?.TrimStart('?') ?? "");
        var expected = Signature.Compute(account.Secret, Signature.Prehash(timestamp, request.Method, path, query, body));
        return Signature.Matches(expected, sign) ? key : throw Fail("40009", "sign signature error");
    }

    private static void CheckKind(AccountKind kind, string path)
    {
        if (kind == AccountKind.Unified && ApiSurface.IsV2Private(path))
        {
            throw Fail("40085", "You are in Unified Account mode, and the Classic Account API is not supported at this time");
        }

        if (kind == AccountKind.Classic && ApiSurface.IsV3Private(path))
        {
            throw Fail("40084", "You are in Classic Account mode, and the Unified Account API is not supported at this time");
        }
    }

    private static string? Header(HttpRequest request, string name) =>
        request.Headers.TryGetValue(name, out var value) && !string.IsNullOrEmpty(value.ToString()) ? value.ToString() : null;

    private static BitgetErrorException Fail(string code, string message) => new(code, message);
}
