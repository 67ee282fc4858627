using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Sentinel.Core.Alerts;

namespace Sentinel.Functions.Notifications;

/// <summary>
/// A deterministic key per notification: the same (rule, subject, transition, fired-at, sequence) always gives
/// the same key, so a re-send after a lost response carries the key the receiver already saw.
/// </summary>
internal static class IdempotencyKey
{
    public static string Create(string ruleId, string subjectKey, AlertTransitionKind kind, DateTimeOffset firedAt, int sequence)
    {
        var material = string.Join(
            '\n',
            ruleId,
            subjectKey,
            kind.ToString(),
            firedAt.UtcTicks.ToString(CultureInfo.InvariantCulture),
            sequence.ToString(CultureInfo.InvariantCulture));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(material));
        return "sn1-" + Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }
}
