using System.Text.Json.Nodes;

namespace Functions.Tests.Support;

/// <summary>Reads what the receivers got: the Teams card's title and the webhook body's fields.</summary>
internal static class Payloads
{
    public static string TeamsTitle(JsonObject message) =>
        message["attachments"]![0]!["content"]!["body"]![0]!["items"]![0]!["text"]!.GetValue<string>();

    public static string Event(JsonObject webhook) => webhook["event"]!.GetValue<string>();

    public static string Key(JsonObject webhook) => webhook["idempotencyKey"]!.GetValue<string>();
}
