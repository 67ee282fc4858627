using System.Buffers;
using System.Text.Json;

namespace Sentinel.Functions.Notifications;

/// <summary>
/// Builds the Teams Workflows message: an Adaptive Card 1.4 (Teams does not render 1.5 from Workflows) inside
/// the documented <c>{"type":"message","attachments":[...]}</c> envelope, kept under Teams' 28,672-byte limit
/// by dropping trailing facts, then shortening the text, deterministically.
/// </summary>
internal static class TeamsCard
{
    public const int MaxBytes = 28_672;
    public const string CardVersion = "1.4";
    private const int MaxTitleChars = 200;
    private const int MaxTextChars = 4000;
    private const int MaxFactValueChars = 500;

    public static byte[] Build(AlertNotification notification, int maxBytes = MaxBytes)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var title = Clip(notification.Title, MaxTitleChars);
        var text = Clip(notification.Text, MaxTextChars);
        var facts = notification.Facts;
        var bytes = Write(notification, title, text, facts, omitted: 0);
        if (bytes.Length > maxBytes)
        {
            bytes = KeepMostFacts(notification, title, text, facts, maxBytes);
        }

        var textLength = text.Length;
        while (bytes.Length > maxBytes && textLength > 0)
        {
            textLength /= 2;
            bytes = Write(notification, title, Clip(text, textLength), [], omitted: facts.Count);
        }

        return bytes.Length <= maxBytes
            ? bytes
            : throw new InvalidOperationException($"A Teams card cannot fit in {maxBytes} bytes even without text and facts.");
    }

    /// <summary>Binary search for the longest prefix of facts that fits (the order of facts is their priority).</summary>
    private static byte[] KeepMostFacts(AlertNotification notification, string title, string text, IReadOnlyList<NotificationFact> facts, int maxBytes)
    {
        var low = 0;
        var high = facts.Count - 1;
        var best = Write(notification, title, text, [], omitted: facts.Count);
        while (low <= high)
        {
            var kept = (low + high) >>> 1;
            var candidate = Write(notification, title, text, facts.Take(kept).ToList(), omitted: facts.Count - kept);
            if (candidate.Length <= maxBytes)
            {
                best = candidate;
                low = kept + 1;
            }
            else
            {
                high = kept - 1;
            }
        }

        return best;
    }

    private static byte[] Write(AlertNotification notification, string title, string text, IReadOnlyList<NotificationFact> facts, int omitted)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("type", "message");
            writer.WriteStartArray("attachments");
            writer.WriteStartObject();
            writer.WriteString("contentType", "application/vnd.microsoft.card.adaptive");
            writer.WriteNull("contentUrl");
            writer.WritePropertyName("content");
            WriteCard(writer, notification, title, text, facts, omitted);
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteCard(Utf8JsonWriter writer, AlertNotification notification, string title, string text, IReadOnlyList<NotificationFact> facts, int omitted)
    {
        var (style, colour) = Colours(notification);
        writer.WriteStartObject();
        writer.WriteString("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
        writer.WriteString("type", "AdaptiveCard");
        writer.WriteString("version", CardVersion);
        writer.WriteStartObject("msteams");
        writer.WriteString("width", "Full");
        writer.WriteEndObject();
        writer.WriteStartArray("body");
        writer.WriteStartObject();
        writer.WriteString("type", "Container");
        writer.WriteString("style", style);
        writer.WriteBoolean("bleed", true);
        writer.WriteStartArray("items");
        WriteTextBlock(writer, title, bolder: true, colour);
        writer.WriteEndArray();
        writer.WriteEndObject();
        WriteTextBlock(writer, text, bolder: false, colour: null);
        WriteFacts(writer, facts, omitted);
        writer.WriteEndArray();
        WriteActions(writer, notification.Links);
        writer.WriteEndObject();
    }

    private static void WriteTextBlock(Utf8JsonWriter writer, string text, bool bolder, string? colour)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "TextBlock");
        writer.WriteString("text", text);
        writer.WriteBoolean("wrap", true);
        if (bolder)
        {
            writer.WriteString("weight", "Bolder");
            writer.WriteString("size", "Medium");
        }

        if (colour is not null)
        {
            writer.WriteString("color", colour);
        }

        writer.WriteEndObject();
    }

    private static void WriteFacts(Utf8JsonWriter writer, IReadOnlyList<NotificationFact> facts, int omitted)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "FactSet");
        writer.WriteStartArray("facts");
        foreach (var fact in facts)
        {
            WriteFact(writer, fact.Title, Clip(fact.Value, MaxFactValueChars));
        }

        if (omitted > 0)
        {
            WriteFact(writer, "Omitted", $"{omitted} more fact(s); see the webhook or Sentinel for all of them");
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteFact(Utf8JsonWriter writer, string title, string value)
    {
        writer.WriteStartObject();
        writer.WriteString("title", title);
        writer.WriteString("value", value);
        writer.WriteEndObject();
    }

    private static void WriteActions(Utf8JsonWriter writer, IReadOnlyList<NotificationLink> links)
    {
        writer.WriteStartArray("actions");
        foreach (var link in links)
        {
            writer.WriteStartObject();
            writer.WriteString("type", "Action.OpenUrl");
            writer.WriteString("title", link.Title);
            writer.WriteString("url", link.Url.AbsoluteUri);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static (string Style, string Colour) Colours(AlertNotification notification) =>
        notification.Event == "resolved"
            ? ("good", "Good")
            : notification.Severity switch
            {
                "critical" => ("attention", "Attention"),
                "warning" => ("warning", "Warning"),
                _ => ("accent", "Accent"),
            };

    private static string Clip(string value, int maxChars)
    {
        if (value.Length <= maxChars)
        {
            return value;
        }

        var cut = Math.Max(0, maxChars - 1);
        // Never split a surrogate pair: half an emoji is invalid UTF-16 and would be escaped as garbage.
        if (cut > 0 && char.IsHighSurrogate(value[cut - 1]))
        {
            cut--;
        }

        return string.Concat(value.AsSpan(0, cut), "…");
    }
}
