using Sentinel.Functions.State.Tables;

namespace Functions.Tests.State;

public sealed class TableEntityMissingValueTests
{
    [Fact]
    public void MissingValueTypedProperties_ReadAsNull_NotAsTheirDefault()
    {
        var entity = new TableEntity("p", "r") { ["Present"] = 0 };

        Assert.Null(entity.GetDateTimeOffset("Missing"));
        Assert.Null(entity.GetInt32("Missing"));
        Assert.Null(entity.GetBoolean("Missing"));
        Assert.Null(entity.GetGuid("Missing"));
        Assert.Equal(0, entity.GetInt32("Present"));
    }
}
