using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Sentinel.Core.Alerts;
using Sentinel.Functions.Notifications;
using static Sentinel.Core.Tests.Alerts.AlertTestData;
using static Functions.Tests.Notifications.NotificationTestData;

namespace Functions.Tests.Notifications;

public sealed class IdempotencyAndFactoryTests
{
    [Fact]
    public void IdempotencyKey_SameInputs_SameKey()
    {
        var first = IdempotencyKey.Create("r1", "BTCUSDT:long", AlertTransitionKind.Firing, T0, 1);
        var second = IdempotencyKey.Create("r1", "BTCUSDT:long", AlertTransitionKind.Firing, T0.ToOffset(TimeSpan.FromHours(2)), 1);

        Assert.Equal(first, second);
        Assert.Matches("^sn1-[0-9a-f]{32}$", first);
    }

    [Theory]
    [InlineData("r2", "BTCUSDT:long", AlertTransitionKind.Firing, 0, 1)]
    [InlineData("r1", "BTCUSDT:short", AlertTransitionKind.Firing, 0, 1)]
    [InlineData("r1", "BTCUSDT:long", AlertTransitionKind.Resolved, 0, 1)]
    [InlineData("r1", "BTCUSDT:long", AlertTransitionKind.Firing, 1, 1)]
    [InlineData("r1", "BTCUSDT:long", AlertTransitionKind.Firing, 0, 2)]
    public void IdempotencyKey_AnyPartDiffers_KeyDiffers(string rule, string subject, AlertTransitionKind kind, int firedMinutesLater, int sequence)
    {
        var baseline = IdempotencyKey.Create("r1", "BTCUSDT:long", AlertTransitionKind.Firing, T0, 1);

        Assert.NotEqual(baseline, IdempotencyKey.Create(rule, subject, kind, T0.AddMinutes(firedMinutesLater), sequence));
    }

    [Fact]
    public void Create_SameTransitionTwice_BuildsEqualNotifications()
    {
        var transition = FiringLiquidationTransition();

        var first = Factory().Create(transition);
        var second = Factory().Create(transition);

        Assert.Equal(WebhookNotifier.Serialize(first), WebhookNotifier.Serialize(second));
    }

    [Fact]
    public void Create_WithMessageTemplate_FillsEveryPlaceholder()
    {
        var rules = CompiledRuleSet.Compile(new AlertRuleSetDocument
        {
            Rules = [Rule("price_above", 100m, clear: 95m, symbols: ["BTCUSDT"], message: "{status} {rule} {type} {symbol} {value} > {threshold} (clear {clear}, {severity})")],
        });
        var engine = new AlertEngine(rules);
        var result = engine.Evaluate(new AlertTickInput(Snapshot(T0, [Ticker("BTCUSDT", 100.50m)]), null, null, null, Healthy(T0), [], T0));

        var notification = Factory().Create(Assert.Single(result.Decisions));

        Assert.Equal("firing r1 price_above BTCUSDT 100.5 > 100 (clear 95, warning)", notification.Text);
        Assert.Equal("FIRING: Price above 100 · BTCUSDT", notification.Title);
    }

    [Fact]
    public void OutboxEntry_StoresTheNotificationAndReadsItBackUnchanged()
    {
        var notification = FiringLiquidation();

        var entry = OutboxEntry.Create(notification, TeamsNotifier.ChannelName, T0);

        Assert.Equal(notification.IdempotencyKey, entry.IdempotencyKey);
        Assert.Equal(WebhookNotifier.Serialize(notification), WebhookNotifier.Serialize(entry.ReadNotification()));
        Assert.True(entry.IsDue(T0));
    }

    [Fact]
    public void AddSentinelNotifications_ResolvesBothChannelsAndThePolicy()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Notifications:TimeoutSeconds"] = "5",
            ["Delivery:MaxAttempts"] = "4",
        }).Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<INotificationSecrets>(new StaticSecrets([]))
            .AddSentinelNotifications(configuration);
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        var channels = provider.GetServices<INotificationChannel>().Select(c => c.Name).Order(StringComparer.Ordinal);

        Assert.Equal(["teams", "webhook"], channels);
        Assert.NotNull(provider.GetRequiredService<DeliveryPolicy>());
        Assert.NotNull(provider.GetRequiredService<NotificationFactory>());
    }
}
