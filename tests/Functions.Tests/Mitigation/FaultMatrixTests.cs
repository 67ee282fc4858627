using Bitget.Simulator.Faults;
using Bitget.Simulator.Orders;
using Functions.Tests.Alerting.Support;
using Functions.Tests.Mitigation.Support;
using Functions.Tests.Support;
using Sentinel.TestSupport;
using Xunit.Abstractions;
using SimAccount = Bitget.Simulator.Accounts.SimulatedAccountOptions;
using SimSide = Bitget.Simulator.Accounts.PositionSide;

namespace Functions.Tests.Mitigation;

/// <summary>
/// Every simulator fault kind, injected at random (10 % of all requests, seeded) into 200 ticks of a market that
/// crashes and recovers five times (the long is re-opened before each crash): the staged rule keeps acting through
/// the faults. Counted: orders per clientOid, wrong-direction orders, guard calls without both audit rows, orders
/// without an audit row, notifications delivered twice, failed invocations. All must be 0.
/// </summary>
[Collection(AlertingAzuriteGroup.Name)]
public sealed class FaultMatrixTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    private const int Ticks = 200;

    public static TheoryData<FaultKind> Kinds => [.. Enum.GetValues<FaultKind>()];

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task FaultMatrix_200TicksOfAMovingMarket_NoDuplicateNoWrongDirectionNoLostAuditRowNoCrash(FaultKind kind)
    {
        await using var h = await AppOnSimulator.StartAsync(azurite, new SimAccount(), "live", new Dictionary<string, string?>
        {
            ["Risk:Guard:MaxActionsPerSymbolPerHour"] = "20",
            ["Risk:Guard:MaxActionsPerSymbolPerDay"] = "500",
        });
        await h.App.AddRuleAsync(Crash.StagedRule);
        h.Sim.Faults.Add(new FaultRule { Path = "*", Kind = kind, Probability = 0.1, Delay = TimeSpan.FromSeconds(kind == FaultKind.Delay ? 3 : 100) });
        var price = 60_000m;

        for (var tick = 0; tick < Ticks; tick++)
        {
            var phase = tick % 40;
            if (phase == 0 && h.Sim.Exchange.Positions(h.Sim.ApiKey).Count == 0)
            {
                h.Sim.Exchange.SetBalance(h.Sim.ApiKey, 10_000m);
                h.Sim.SeedPosition("BTCUSDT", SimSide.Long, 1.5m, price, leverage: 10m);
            }

            price = decimal.Round(price * (phase < 20 ? 0.994m : 1.006m), 1);
            await h.TickAtAsync(price);
        }

        h.Sim.Faults.Clear();
        var figures = await CountAsync(h);
        output.WriteLine($"{kind}: {figures}");
        Assert.True(figures.Orders > 0, $"no mitigation happened under {kind}: {figures}");
        if (figures.OrdersWithoutAudit > 0)
        {
            output.WriteLine(await h.DescribeAuditAsync());
        }

        Assert.Equal((0, 0, 0, 0, 0), (figures.Duplicates, figures.WrongDirection, figures.UnpairedGuardCalls, figures.OrdersWithoutAudit, figures.NotificationsTwice));
    }

    private static async Task<Figures> CountAsync(AppOnSimulator h)
    {
        var orders = h.Orders;
        var audit = await h.AuditAsync();
        var planned = audit.Count(r => r.GetString("Action") == "risk.planned");
        var outcomes = audit.Count(r => r.GetString("Action") != "risk.planned" && r.GetString("Reason")?.StartsWith("resolved an earlier", StringComparison.Ordinal) != true);
        var done = audit.Where(r => r.GetString("Action") is "risk.placed" or "risk.filled").ToList();
        var audited = done.Select(r => r.GetString("ClientOid")!).ToHashSet(StringComparer.Ordinal);
        var ours = orders.Where(o => o.ClientOid.StartsWith("sr", StringComparison.Ordinal)).ToList();
        var closes = orders.Count - ours.Count;
        var closeRows = done.Count(r => r.GetString("Step") == "close" || (r.GetString("Reason")?.Contains("closing the whole side", StringComparison.Ordinal) ?? false));
        var mitigationKeys = h.Webhook.Accepted.Where(w => Payloads.Event(w) == "mitigation").Select(Payloads.Key).ToList();
        return new Figures(
            orders.Count,
            orders.GroupBy(o => o.ClientOid).Count(g => g.Count() > 1),
            orders.Count(o => !o.ReduceOnly || o.Direction != OrderSide.Sell),
            planned,
            Math.Abs(planned - outcomes),
            ours.Count(o => !audited.Contains(o.ClientOid.Split('-')[0])) + Math.Max(0, closes - closeRows),
            mitigationKeys.Count,
            mitigationKeys.Count - mitigationKeys.Distinct().Count());
    }

    private sealed record Figures(int Orders, int Duplicates, int WrongDirection, int GuardCalls, int UnpairedGuardCalls, int OrdersWithoutAudit, int Notifications, int NotificationsTwice);
}
