using Sentinel.Core.Risk;
using static Sentinel.Core.Tests.Alerts.AlertTestData;

namespace Sentinel.Core.Tests.Risk;

public sealed class ActionBudgetTests
{
    private static readonly BudgetLimits Limits = new(TimeSpan.FromSeconds(60), PerHour: 4, PerDay: 12);

    private static ActionBudget After(params int[] minutesAgo) => new([.. minutesAgo.Select(m => T0.AddMinutes(-m))]);

    [Theory]
    [InlineData(new int[0], null)]
    [InlineData(new[] { 2 }, null)]
    [InlineData(new[] { 0 }, "cooldown")]
    [InlineData(new[] { 10, 20, 30, 40 }, "MaxActionsPerSymbolPerHour")]
    [InlineData(new[] { 10, 20, 30, 70 }, null)]
    [InlineData(new[] { 70, 80, 90, 100, 110, 120, 130, 140, 150, 160, 170, 180 }, "MaxActionsPerSymbolPerDay")]
    [InlineData(new[] { 1500, 1510, 1520, 1530, 1540, 1550, 1560, 1570, 1580, 1590, 1600, 1610 }, null)]
    public void Refusal_NamesTheCapThatWouldBreak(int[] minutesAgo, string? cap)
    {
        var refusal = After(minutesAgo).Refusal(T0, Limits);

        if (cap is null)
        {
            Assert.Null(refusal);
        }
        else
        {
            Assert.Contains(cap, refusal, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Record_KeepsOnlyTheLastDay()
    {
        var budget = After(2000, 1000, 5).Record(T0);

        Assert.Equal([T0.AddMinutes(-1000), T0.AddMinutes(-5), T0], budget.ActionTimes);
    }
}
