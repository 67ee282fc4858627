using Bitget.Client.Trading;
using Functions.Tests.Alerting.Support;
using Functions.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using Sentinel.Core.Risk;
using Sentinel.Functions.Mitigation;
using Sentinel.TestSupport;

namespace Functions.Tests.Mitigation;

/// <summary>
/// A step the guard cannot finish for a reason nobody foresaw (here the exchange adapter throws a bare exception on the
/// fresh read) is still audited, as an unknown outcome to look up, and never escapes as a crash that leaves
/// only the "planned" row.
/// </summary>
[Collection(AlertingAzuriteGroup.Name)]
public sealed class GuardUnexpectedErrorTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task UnexpectedErrorMidStep_IsAuditedAsUnknown()
    {
        await AppOnSimulator.ResetAsync(azurite);
        var clock = new FakeTimeProvider(AppOnSimulator.Start);
        await using var app = await SentinelTestApp.StartAsync(new SentinelTestAppOptions
        {
            Azurite = azurite,
            Clock = clock,
            Settings = new Dictionary<string, string?> { ["Sentinel:Mode"] = "live" },
        });
        var position = new ExchangePosition("BTCUSDT", "USDT", PositionSide.Long, PositionMode.OneWay, MarginMode.Crossed, 1m, 1m, 60_000m, 60_000m, 54_000m, 0m, 6_000m, 10m, null, null, AppOnSimulator.Start);
        var request = new MitigationRequest("test", "rule-x", position, new RiskStep(RiskActionKind.Reduce, 0.5m, 0m), 0, AppOnSimulator.ClientOidOf("rule-x"), null, ["teams"]);

        var result = await app.Get<MitigationGuard>().ExecuteAsync(request);

        Assert.Equal(GuardDecision.Unknown, result.Decision);
        Assert.False(result.StepTaken);
        Assert.Contains("NotSupportedException", result.Reason, StringComparison.Ordinal);
        var actions = (await app.Get<MitigationAuditStore>().ReadDayAsync(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))).Select(r => r.GetString("Action")).Reverse();
        Assert.Equal(["risk.planned", "risk.unknown"], actions);
    }
}
