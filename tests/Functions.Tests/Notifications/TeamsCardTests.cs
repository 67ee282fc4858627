using System.Text.Json;
using System.Text.Json.Nodes;
using Sentinel.Functions.Notifications;
using Sentinel.TestSupport;
using static Functions.Tests.Notifications.NotificationTestData;

namespace Functions.Tests.Notifications;

public sealed class TeamsCardTests
{
    private static JsonNode Sample() => JsonNode.Parse(File.ReadAllText(RepositoryRoot.Combine(
        "tests", "Functions.Tests", "Notifications", "Samples", "teams-incoming-webhook-adaptive-card.json")))!;

    private static IEnumerable<string> Keys(JsonNode node) => node.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal);

    [Fact]
    public void Build_HasTheDocumentedEnvelopeOfMicrosoftsSample()
    {
        var sample = Sample();

        var card = JsonNode.Parse(TeamsCard.Build(FiringLiquidation()))!;

        Assert.Equal(Keys(sample), Keys(card));
        Assert.Equal("message", (string?)card["type"]);
        var attachment = Assert.Single(card["attachments"]!.AsArray())!;
        Assert.Equal(Keys(sample["attachments"]![0]!), Keys(attachment));
        Assert.Equal((string?)sample["attachments"]![0]!["contentType"], (string?)attachment["contentType"]);
        Assert.Equal(JsonValueKind.Null, attachment.AsObject()["contentUrl"]?.GetValueKind() ?? JsonValueKind.Null);
        Assert.True(attachment.AsObject().ContainsKey("contentUrl"));
        var content = attachment["content"]!;
        Assert.Equal((string?)sample["attachments"]![0]!["content"]!["$schema"], (string?)content["$schema"]);
        Assert.Equal("AdaptiveCard", (string?)content["type"]);
        Assert.Equal("1.4", (string?)content["version"]);
    }

    [Fact]
    public void Build_CarriesTitleFactsPositionAndLinks()
    {
        var notification = FiringLiquidation();

        var content = JsonNode.Parse(TeamsCard.Build(notification))!["attachments"]![0]!["content"]!;

        var body = content["body"]!.AsArray();
        Assert.Equal(notification.Title, (string?)body[0]!["items"]![0]!["text"]);
        Assert.Contains("BTCUSDT", notification.Title, StringComparison.Ordinal);
        var facts = body.Single(e => (string?)e!["type"] == "FactSet")!["facts"]!.AsArray()
            .ToDictionary(f => (string)f!["title"]!, f => (string)f!["value"]!);
        Assert.Equal("7.5 %", facts["Value"]);
        Assert.Equal("10 %", facts["Threshold"]);
        Assert.Equal("12 %", facts["Clears at"]);
        Assert.Equal("92.5", facts["Liquidation"]);
        Assert.Equal("-42.5 USDT", facts["Unrealized PnL"]);
        var urls = content["actions"]!.AsArray().Select(a => (string)a!["url"]!).ToList();
        Assert.Equal(["https://www.bitget.com/futures/usdt/BTCUSDT", "https://sentinel.example.com/api/alerts/liq-within-10pct/BTCUSDT%3Along"], urls);
        Assert.All(content["actions"]!.AsArray(), a => Assert.Equal("Action.OpenUrl", (string?)a!["type"]));
    }

    [Theory]
    [InlineData("critical", "firing", "attention", "Attention")]
    [InlineData("warning", "firing", "warning", "Warning")]
    [InlineData("info", "firing", "accent", "Accent")]
    [InlineData("critical", "resolved", "good", "Good")]
    public void Build_ColoursBySeverityAndResolvedIsGreen(string severity, string eventName, string style, string colour)
    {
        var notification = FiringLiquidation(severity) with { Event = eventName };

        var header = JsonNode.Parse(TeamsCard.Build(notification))!["attachments"]![0]!["content"]!["body"]![0]!;

        Assert.Equal(style, (string?)header["style"]);
        Assert.Equal(colour, (string?)header["items"]![0]!["color"]);
    }

    [Fact]
    public void Build_OversizedNotification_StaysUnderTheLimitDeterministicallyAndSaysWhatWasOmitted()
    {
        var facts = Enumerable.Range(0, 2000).Select(i => new NotificationFact($"Fact {i}", new string('x', 100))).ToList();
        var notification = FiringLiquidation() with { Facts = facts, Text = new string('é', 50_000) };

        var first = TeamsCard.Build(notification);
        var second = TeamsCard.Build(notification);

        Assert.True(first.Length <= TeamsCard.MaxBytes, $"{first.Length} bytes");
        Assert.True(first.Length > TeamsCard.MaxBytes / 2, "the card should use the room it has");
        Assert.Equal(first, second);
        var factSet = JsonNode.Parse(first)!["attachments"]![0]!["content"]!["body"]!.AsArray().Single(e => (string?)e!["type"] == "FactSet")!;
        var last = factSet["facts"]!.AsArray().Last()!;
        Assert.Equal("Omitted", (string?)last["title"]);
    }

    [Fact]
    public void Build_SmallCard_KeepsEveryFact()
    {
        var notification = FiringLiquidation();

        var factSet = JsonNode.Parse(TeamsCard.Build(notification))!["attachments"]![0]!["content"]!["body"]!.AsArray()
            .Single(e => (string?)e!["type"] == "FactSet")!;

        Assert.Equal(notification.Facts.Count, factSet["facts"]!.AsArray().Count);
    }
}
