using System.Security.Cryptography;
using System.Text;

namespace Bitget.Simulator.Signing;

/// <summary>Bitget's request signature: Base64(HMAC-SHA256(secret, timestamp + METHOD + path + ["?" + query] + body)).</summary>
public static class Signature
{
    public static string Prehash(string timestamp, string method, string path, string query, string body) =>
        string.Concat(timestamp, method.ToUpperInvariant(), path, query.Length > 0 ? "?" + query : "", body);

    public static string Compute(string secret, string prehash) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(prehash)));

    /// <summary>Compares in constant time so the simulator does not teach clients a timing side channel.</summary>
    public static bool Matches(string expected, string actual) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(actual));
}
