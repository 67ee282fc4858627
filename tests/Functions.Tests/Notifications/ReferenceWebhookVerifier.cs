using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Functions.Tests.Notifications;

/// <summary>
/// What a receiver does, written from the README's description only: parse <c>t</c> and <c>v1</c>, reject a
/// timestamp more than 5 minutes away, recompute HMAC-SHA256 over "t." + raw body, compare in constant time.
/// </summary>
internal static class ReferenceWebhookVerifier
{
    public static bool Verify(string header, byte[] body, string key, DateTimeOffset now)
    {
        var parts = header.Split(',').Select(p => p.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);
        if (!parts.TryGetValue("t", out var t) || !parts.TryGetValue("v1", out var v1)
            || !long.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp))
        {
            return false;
        }

        if (Math.Abs(now.ToUnixTimeSeconds() - timestamp) > 300)
        {
            return false;
        }

        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(key));
        var expected = hmac.ComputeHash([.. Encoding.UTF8.GetBytes(t + "."), .. body]);
        byte[] given;
        try
        {
            given = Convert.FromHexString(v1);
        }
        catch (FormatException)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(expected, given);
    }
}
