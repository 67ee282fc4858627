using Bitget.Client.Trading;
using Sentinel.Core.Risk;
using static Sentinel.Core.Tests.Alerts.AlertTestData;

namespace Sentinel.Core.Tests.Risk;

/// <summary>Generations of a protective stop's clientOid: derived from the previous one, still ours, still the same stop.</summary>
public sealed class ProtectiveStopClientOidTests
{
    [Fact]
    public void Next_AppendsAGenerationToTheFirstId_AndCountsUpFromThePrevious()
    {
        var first = ProtectiveStopClientOid.Create(Position(), 97m);

        var second = ProtectiveStopClientOid.Next(first);
        var third = ProtectiveStopClientOid.Next(second);

        Assert.Equal((first + "r1", first + "r2"), (second, third));
        Assert.All(new[] { first, second, third }, id => Assert.Matches("^[a-z0-9]{27,32}$", id));
    }

    [Fact]
    public void EveryGeneration_IsOursOnTheSameSide_AndForTheSamePositionAndTrigger()
    {
        var position = Position(side: PositionSide.Short, mark: 100m);
        var second = ProtectiveStopClientOid.Next(ProtectiveStopClientOid.Create(position, 103m));

        Assert.Equal(PositionSide.Short, ProtectiveStopClientOid.SideOf(second));
        Assert.True(ProtectiveStopClientOid.IsFor(second, position, 103m));
        Assert.False(ProtectiveStopClientOid.IsFor(second, position, 104m));
        Assert.False(ProtectiveStopClientOid.IsFor(second, position with { Size = 2m }, 103m));
    }

    [Theory]
    [InlineData("r0")]
    [InlineData("r")]
    [InlineData("x1")]
    [InlineData("r01")]
    [InlineData("r-1")]
    public void ATailThatIsNoGeneration_IsNotOurs(string tail)
    {
        var id = ProtectiveStopClientOid.Create(Position(), 97m) + tail;

        Assert.Null(ProtectiveStopClientOid.SideOf(id));
        Assert.Throws<ArgumentException>(() => ProtectiveStopClientOid.Next(id));
    }

    [Fact]
    public void Next_PastThirtyTwoCharacters_IsRefused()
    {
        var last = ProtectiveStopClientOid.Create(Position(), 97m) + "r9999";

        Assert.Throws<InvalidOperationException>(() => ProtectiveStopClientOid.Next(last));
    }
}
