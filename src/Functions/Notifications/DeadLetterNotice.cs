using System.Security.Cryptography;
using System.Text;

namespace Sentinel.Functions.Notifications;

/// <summary>
/// The notification raised on the other channels when one channel gave up on a notification. Its idempotency
/// key is derived from the dead-lettered row, so handling the same dead letter twice stores it once.
/// </summary>
internal static class DeadLetterNotice
{
    public const string RuleId = "sentinel.delivery";
    public const string RuleType = "delivery_failed";

    public static AlertNotification Create(OutboxEntry deadLettered, AlertNotification original, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(deadLettered);
        ArgumentNullException.ThrowIfNull(original);
        var material = string.Join('\n', "dead-letter", deadLettered.Channel, deadLettered.IdempotencyKey);
        var key = "sn1-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(material)).AsSpan(0, 16));
        var reason = deadLettered.LastError ?? "unknown";
        return new AlertNotification(
            AlertNotification.CurrentSchemaVersion,
            key,
            "event",
            RuleId,
            RuleType,
            "critical",
            "sentinel",
            original.Symbol,
            null,
            null,
            null,
            null,
            now,
            now,
            1,
            $"DELIVERY FAILED: {deadLettered.Channel} could not deliver \"{original.Title}\"",
            $"Sentinel gave up delivering a notification to {deadLettered.Channel} after {deadLettered.Attempts} attempt(s): {reason}. Check the channel's configuration.",
            [
                new NotificationFact("Channel", deadLettered.Channel),
                new NotificationFact("Attempts", deadLettered.Attempts.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new NotificationFact("Last error", reason),
                new NotificationFact("Original key", deadLettered.IdempotencyKey),
            ],
            [],
            null);
    }
}
