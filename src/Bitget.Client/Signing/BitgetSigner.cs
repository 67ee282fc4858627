using System.Security.Cryptography;
using System.Text;

namespace Bitget.Client.Signing;

/// <summary>Bitget's request signature: <c>Base64(HMAC-SHA256(secret, timestamp + METHOD + path + ["?" + query] + body))</c>.</summary>
public static class BitgetSigner
{
    /// <summary>The string that is signed; <paramref name="rawQuery"/> is the sorted, unencoded query without <c>?</c>.</summary>
    public static string Prehash(string timestamp, string method, string path, string? rawQuery, string? body) =>
        string.Concat(timestamp, method.ToUpperInvariant(), path, string.IsNullOrEmpty(rawQuery) ? string.Empty : "?" + rawQuery, body ?? string.Empty);

    /// <summary>Signs a prehash string with the API secret.</summary>
    public static string Sign(string secret, string prehash)
    {
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentNullException.ThrowIfNull(prehash);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(prehash));
        return Convert.ToBase64String(mac);
    }
}
