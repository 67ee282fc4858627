using Azure.Data.Tables;
using Sentinel.Functions.Platform.State.Transactions;

namespace Functions.Tests.Platform.State;

/// <summary>The service's transaction rules, checked without any I/O (Azurite does not enforce them).</summary>
public sealed class TransactionRulesTests
{
    public static TheoryData<string, int, int, string> Refused => new()
    {
        // description, actions, partitions, expected error code
        { "no actions", 0, 1, "InvalidInput" },
        { "101 actions", 101, 1, "InvalidInput" },
        { "two partitions", 2, 2, "CommandsInBatchActOnDifferentPartitions" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Check_BrokenRule_IsRefusedWithTheServicesErrorCode(string description, int count, int partitions, string code)
    {
        var actions = Actions(count, partitions);

        var error = Assert.Throws<TransactionRefusedException>(() => TransactionRules.Check("t", actions));

        Assert.Equal(code, error.ErrorCode);
        Assert.Equal(400, error.Status);
        Assert.Contains("nothing was written", error.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(description));
    }

    [Fact]
    public void Check_SameRowTwice_IsRefused()
    {
        var actions = new[] { Upsert("p", "r", "a"), Upsert("p", "r", "b") };

        var error = Assert.Throws<TransactionRefusedException>(() => TransactionRules.Check("t", actions));

        Assert.Equal("InvalidDuplicateRow", error.ErrorCode);
    }

    [Fact]
    public void Check_100ActionsOfOnePartition_Passes()
    {
        var size = TransactionRules.Check("t", Actions(100, 1));

        Assert.InRange(size, 100 * TransactionRules.OperationOverheadBytes, TransactionRules.MaxPayloadBytes);
    }

    [Fact]
    public void Check_PayloadJustOver4MiB_IsRefused_AndJustUnderPasses()
    {
        var chunk = new byte[48 * 1024];
        var over = Enumerable.Range(0, 80).Select(i => new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity("p", $"r{i}") { ["A"] = chunk, ["B"] = chunk[..4096] })).ToList();
        var under = over.Take(50).ToList();

        var error = Assert.Throws<TransactionRefusedException>(() => TransactionRules.Check("t", over));
        var size = TransactionRules.Check("t", under);

        Assert.Equal("RequestBodyTooLarge", error.ErrorCode);
        Assert.InRange(size, 50 * 4L * (48 + 4) * 1024 / 3, TransactionRules.MaxPayloadBytes);
    }

    [Fact]
    public void Check_DeletesCarryNoBody()
    {
        var deletes = Enumerable.Range(0, 100).Select(i => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity("p", $"r{i}") { ["Big"] = new byte[60_000] })).ToList();

        var size = TransactionRules.Check("t", deletes);

        Assert.True(size < 200_000, $"deletes estimated at {size} bytes");
    }

    private static List<TableTransactionAction> Actions(int count, int partitions) =>
        [.. Enumerable.Range(0, count).Select(i => Upsert($"p{i % partitions}", $"r{i}", "v"))];

    private static TableTransactionAction Upsert(string partition, string row, string value) =>
        new(TableTransactionActionType.UpsertReplace, new TableEntity(partition, row) { ["V"] = value });
}
