using Azure;
using Azure.Data.Tables;
using Sentinel.Functions.Platform.State;
using Sentinel.Functions.Platform.State.Transactions;
using Sentinel.TestSupport;

namespace Functions.Tests.Platform.State;

/// <summary>Every transaction goes through <see cref="TableTransactions"/>: checked first, then the real SDK against Azurite.</summary>
[Collection(StateAzuriteGroup.Name)]
public sealed class TableTransactionsTests(AzuriteFixture azurite)
{
    private readonly StorageTraffic _traffic = new();

    [Fact]
    public async Task Submit_MixedActions_AppliesAllAndReturnsEachRowsETag()
    {
        var table = await TableTestSupport.NewTableAsync(azurite, _traffic);
        var existing = await table.AddEntityAsync(new TableEntity("p", "update") { ["V"] = 1 });
        await table.AddEntityAsync(new TableEntity("p", "delete"));

        var responses = await TableTransactions.SubmitAsync(table,
        [
            new(TableTransactionActionType.Add, new TableEntity("p", "add") { ["V"] = 10 }),
            new(TableTransactionActionType.UpdateMerge, new TableEntity("p", "update") { ["W"] = 2 }, existing.Headers.ETag!.Value),
            new(TableTransactionActionType.Delete, new TableEntity("p", "delete"), ETag.All),
        ]);

        var rows = await table.QueryAsync<TableEntity>().ToDictionaryAsync(e => e.RowKey);
        Assert.Equal(["add", "update"], rows.Keys.Order());
        Assert.Equal((1, 2), (rows["update"].GetInt32("V"), rows["update"].GetInt32("W")));
        Assert.Equal(rows["add"].ETag, responses[0].Headers.ETag);
        Assert.Equal(rows["update"].ETag, responses[1].Headers.ETag);
    }

    [Fact]
    public async Task Submit_StaleETag_FailsTheWholeTransaction()
    {
        var table = await TableTestSupport.NewTableAsync(azurite);
        var stale = (await table.AddEntityAsync(new TableEntity("p", "r") { ["V"] = 1 })).Headers.ETag!.Value;
        await table.UpsertEntityAsync(new TableEntity("p", "r") { ["V"] = 2 });

        var error = await Assert.ThrowsAsync<TableTransactionFailedException>(() => TableTransactions.SubmitAsync(table,
        [
            new(TableTransactionActionType.Add, new TableEntity("p", "other")),
            new(TableTransactionActionType.UpdateReplace, new TableEntity("p", "r") { ["V"] = 3 }, stale),
        ]));

        Assert.True(error.IsConcurrencyConflict());
        Assert.False((await table.GetEntityIfExistsAsync<TableEntity>("p", "other")).HasValue);
        Assert.Equal(2, (await table.GetEntityAsync<TableEntity>("p", "r")).Value.GetInt32("V"));
    }

    [Fact]
    public async Task Submit_MixedPartitionKeys_WhichAzuriteWouldAccept_IsRefusedBeforeAnyRequest()
    {
        var table = await TableTestSupport.NewTableAsync(azurite, _traffic);
        var before = _traffic.Requests;

        var error = await Assert.ThrowsAsync<TransactionRefusedException>(() => TableTransactions.SubmitAsync(table,
        [
            new(TableTransactionActionType.Add, new TableEntity("a", "1")),
            new(TableTransactionActionType.Add, new TableEntity("b", "1")),
        ]));

        Assert.Equal("CommandsInBatchActOnDifferentPartitions", error.ErrorCode);
        Assert.Equal(before, _traffic.Requests);
        Assert.Empty(await table.QueryAsync<TableEntity>().ToListAsync());
    }

    [Fact]
    public async Task Submit_OverFourMiB_IsRefusedBeforeAnyRequest()
    {
        var table = await TableTestSupport.NewTableAsync(azurite, _traffic);
        var before = _traffic.Requests;
        var actions = Enumerable.Range(0, 70).Select(i => new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity("p", $"r{i}") { ["A"] = new byte[60_000] })).ToList();

        var error = await Assert.ThrowsAsync<TransactionRefusedException>(() => TableTransactions.SubmitAsync(table, actions));

        Assert.Equal("RequestBodyTooLarge", error.ErrorCode);
        Assert.Equal(before, _traffic.Requests);
    }

    [Fact]
    public async Task Estimate_IsNeverBelowTheBytesTheSdkSends()
    {
        var table = await TableTestSupport.NewTableAsync(azurite, _traffic);
        var actions = Enumerable.Range(0, 100).Select(i => new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity("p", $"row-{i}")
        {
            ["Text"] = new string('x', 2000),
            ["Bytes"] = new byte[3000],
            ["At"] = DateTimeOffset.UnixEpoch,
            ["Big"] = 1L,
            ["Id"] = Guid.NewGuid(),
        })).ToList();
        var estimate = TransactionRules.Check(table.Name, actions);
        var before = _traffic.SentBytes;

        await TableTransactions.SubmitAsync(table, actions);

        var sent = _traffic.SentBytes - before;
        Assert.InRange(estimate, sent, sent * 2);
    }

    [Fact]
    public async Task SubmitInChunks_250ActionsOfOnePartition_AreWrittenIn3Transactions()
    {
        var table = await TableTestSupport.NewTableAsync(azurite, _traffic);
        var before = _traffic.Requests;

        await TableTransactions.SubmitInChunksAsync(table, [.. Enumerable.Range(0, 250).Select(i => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", $"r{i:000}")))]);

        Assert.Equal(3, _traffic.Requests - before);
        Assert.Equal(250, await table.QueryAsync<TableEntity>(select: ["RowKey"]).CountAsync());
    }
}
