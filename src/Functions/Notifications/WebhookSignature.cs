using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Sentinel.Functions.Notifications;

/// <summary>
/// The generic webhook's signature: <c>X-Sentinel-Signature: t=&lt;unix seconds&gt;,v1=&lt;hex&gt;</c> where hex is
/// HMAC-SHA256(key, "&lt;t&gt;." + body bytes). Signing the timestamp lets receivers reject replays.
/// </summary>
internal static class WebhookSignature
{
    public const string HeaderName = "X-Sentinel-Signature";

    public static string Create(ReadOnlySpan<byte> key, long unixSeconds, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.ASCII.GetBytes(unixSeconds.ToString(CultureInfo.InvariantCulture) + ".");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        var mac = HMACSHA256.HashData(key, message);
        return $"t={unixSeconds.ToString(CultureInfo.InvariantCulture)},v1={Convert.ToHexStringLower(mac)}";
    }
}
