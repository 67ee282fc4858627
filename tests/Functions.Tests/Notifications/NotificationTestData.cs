using Microsoft.Extensions.Options;
using Sentinel.Core.Alerts;
using Sentinel.Functions.Notifications;
using static Sentinel.Core.Tests.Alerts.AlertTestData;

namespace Functions.Tests.Notifications;

internal static class NotificationTestData
{
    public static NotificationFactory Factory(Uri? dashboard = null) =>
        new(Options.Create(new NotificationOptions { DashboardUrl = dashboard }));

    /// <summary>A real firing transition from the evaluator: a long position's liquidation distance below 10 %.</summary>
    public static AlertTransition FiringLiquidationTransition(string severity = "critical")
    {
        var rules = CompiledRuleSet.Compile(new AlertRuleSetDocument
        {
            Rules = [Rule("liquidation_distance", 10m, clear: 12m, id: "liq-within-10pct") with { Severity = severity }],
        });
        var engine = new AlertEngine(rules);
        var snapshot = Snapshot(T0, [Ticker("BTCUSDT", 100m)], [Position(mark: 100m, liquidation: 92.5m, unrealizedPnl: -42.5m)]);
        var result = engine.Evaluate(new AlertTickInput(snapshot, null, null, null, Healthy(T0), [], T0));
        return Assert.Single(result.Decisions);
    }

    public static AlertNotification FiringLiquidation(string severity = "critical") =>
        Factory(new Uri("https://sentinel.example.com/")).Create(FiringLiquidationTransition(severity));
}
