using Bitget.Client.Trading;
using Sentinel.Core.Risk;
using static Sentinel.Core.Tests.Alerts.AlertTestData;

namespace Sentinel.Core.Tests.Risk;

public sealed class MitigationClientOidTests
{
    private static readonly string Step = MitigationClientOid.Create("loss-stop", "BTCUSDT", PositionSide.Long, 0, DateTimeOffset.UnixEpoch);

    [Fact]
    public void SentinelsOwnClientOids_AreRecognised_ARiskOrManualStepsWithItsSlices_AndAProtectiveStopsWithItsGenerations()
    {
        var stop = ProtectiveStopClientOid.Create(Position(side: PositionSide.Short, mark: 100m), 103m);

        Assert.All([Step, MitigationClientOid.Slice(Step, 1), MitigationClientOid.Slice(Step, 99), stop, ProtectiveStopClientOid.Next(stop)], id => Assert.True(MitigationClientOid.IsSentinels(id), id));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("user-full-stop")]
    [InlineData("sr")]
    [InlineData("srXYZ")]
    public void ClientOidsSentinelDoesNotMake_AreNotItsOwn(string? clientOid) => Assert.False(MitigationClientOid.IsSentinels(clientOid));

    [Fact]
    public void LookAlikes_OfAStepsClientOid_AreNotItsOwn()
    {
        Assert.False(MitigationClientOid.IsSentinels(Step.ToUpperInvariant()));
        Assert.False(MitigationClientOid.IsSentinels(Step[..^1]));
        Assert.False(MitigationClientOid.IsSentinels(Step + "-0"));
        Assert.False(MitigationClientOid.IsSentinels(Step + "-100"));
        Assert.False(MitigationClientOid.IsSentinels(Step + "x"));
    }
}
