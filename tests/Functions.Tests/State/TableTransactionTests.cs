using Azure;
using Azure.Core;
using Sentinel.Functions.State.Tables;
using Sentinel.TestSupport;

namespace Functions.Tests.State;

[Collection(StateAzuriteGroup.Name)]
public sealed class TableTransactionTests(AzuriteFixture azurite)
{
    private readonly CountingPolicy _requests = new();

    [Fact]
    public async Task Transaction_MixedActions_AppliesAllAndReturnsETags()
    {
        var table = await CreateSutAsync();
        var existing = new TableEntity("p", "update") { ["V"] = 1 };
        await table.AddEntityAsync(existing);
        await table.AddEntityAsync(new TableEntity("p", "delete"));

        var etags = await table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, new TableEntity("p", "add") { ["V"] = 10 }),
            new(TableTransactionActionType.UpdateMerge, new TableEntity("p", "update") { ["W"] = 2 }, existing.ETag),
            new(TableTransactionActionType.UpsertReplace, new TableEntity("p", "upsert") { ["V"] = 30 }),
            new(TableTransactionActionType.Delete, new TableEntity("p", "delete"), ETag.All),
        ]);

        var rows = await table.QueryAsync(TableFilter.Create($"PartitionKey eq {"p"}")).ToDictionaryAsync(e => e.RowKey);
        Assert.Equal(["add", "update", "upsert"], rows.Keys.Order());
        Assert.Equal((1, 2), (rows["update"].GetInt32("V"), rows["update"].GetInt32("W")));
        Assert.Equal(rows["add"].ETag, etags[0]);
        Assert.Equal(rows["update"].ETag, etags[1]);
    }

    [Fact]
    public async Task Transaction_OneActionFails_NothingIsApplied()
    {
        var table = await CreateSutAsync();
        await table.AddEntityAsync(new TableEntity("p", "exists") { ["V"] = 1 });

        var error = await Assert.ThrowsAsync<TableTransactionFailedException>(() => table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, new TableEntity("p", "new1")),
            new(TableTransactionActionType.UpsertMerge, new TableEntity("p", "exists") { ["V"] = 99 }),
            new(TableTransactionActionType.Add, new TableEntity("p", "new2")),
            new(TableTransactionActionType.Add, new TableEntity("p", "exists2")),
            new(TableTransactionActionType.UpdateReplace, new TableEntity("p", "missing"), ETag.All),
        ]));

        var rows = await table.QueryAsync().ToListAsync();
        Assert.Equal(404, error.Status);
        Assert.Equal(4, error.FailedActionIndex);
        Assert.Equal(["exists"], rows.Select(e => e.RowKey));
        Assert.Equal(1, rows[0].GetInt32("V"));
    }

    [Fact]
    public async Task Transaction_StaleETag_FailsWholeTransaction()
    {
        var table = await CreateSutAsync();
        var stale = await table.AddEntityAsync(new TableEntity("p", "r") { ["V"] = 1 });
        await table.UpsertEntityAsync(new TableEntity("p", "r") { ["V"] = 2 });

        var error = await Assert.ThrowsAsync<TableTransactionFailedException>(() => table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, new TableEntity("p", "other")),
            new(TableTransactionActionType.UpdateReplace, new TableEntity("p", "r") { ["V"] = 3 }, stale),
        ]));

        Assert.Equal(412, error.Status);
        Assert.Null(await table.GetEntityIfExistsAsync("p", "other"));
        Assert.Equal(2, (await table.GetEntityAsync("p", "r")).GetInt32("V"));
    }

    [Fact]
    public async Task Transaction_MixedPartitionKeys_IsRefusedBeforeAnyRequest()
    {
        var table = await CreateSutAsync();
        var before = _requests.Count;

        var error = await Assert.ThrowsAsync<TableRequestException>(() => table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, new TableEntity("a", "1")),
            new(TableTransactionActionType.Add, new TableEntity("b", "1")),
        ]));

        Assert.Equal(before, _requests.Count);
        Assert.True(error.IsClientValidation);
        Assert.Equal("CommandsInBatchActOnDifferentPartitions", error.ErrorCode);
        Assert.Empty(await table.QueryAsync().ToListAsync());
    }

    [Fact]
    public async Task Transaction_101Actions_IsRefusedBeforeAnyRequest_100AreAccepted()
    {
        var table = await CreateSutAsync();
        var before = _requests.Count;

        var error = await Assert.ThrowsAsync<TableRequestException>(() => table.SubmitTransactionAsync(Adds(101)));
        var refusedRequests = _requests.Count - before;
        await table.SubmitTransactionAsync(Adds(100));

        Assert.Equal(0, refusedRequests);
        Assert.Equal("TooManyActions", error.ErrorCode);
        Assert.Equal(100, await table.QueryAsync().CountAsync());
    }

    [Fact]
    public async Task Transaction_Over4MiB_IsRefusedBeforeAnyRequest()
    {
        var table = await CreateSutAsync();
        var big = new string('x', TableLimits.MaxStringLength);
        var actions = Enumerable.Range(0, 70).Select(i => new TableTransactionAction(
            TableTransactionActionType.Add,
            new TableEntity("p", $"r{i}") { ["A"] = big, ["B"] = big })).ToList();
        var before = _requests.Count;

        var error = await Assert.ThrowsAsync<TableRequestException>(() => table.SubmitTransactionAsync(actions));

        Assert.Equal(before, _requests.Count);
        Assert.Equal("RequestBodyTooLarge", error.ErrorCode);
    }

    [Fact]
    public async Task Transaction_SameRowTwiceOrEmpty_IsRefusedBeforeAnyRequest()
    {
        var table = await CreateSutAsync();
        var before = _requests.Count;

        var duplicate = await Assert.ThrowsAsync<TableRequestException>(() => table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, new TableEntity("p", "1")),
            new(TableTransactionActionType.UpsertMerge, new TableEntity("p", "1")),
        ]));
        var empty = await Assert.ThrowsAsync<TableRequestException>(() => table.SubmitTransactionAsync([]));

        Assert.Equal(before, _requests.Count);
        Assert.Equal(("InvalidDuplicateRow", "EmptyTransaction"), (duplicate.ErrorCode, empty.ErrorCode));
    }

    private static List<TableTransactionAction> Adds(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", $"r{i:D3}")))];

    private async Task<TableClient> CreateSutAsync()
    {
        var options = new TableClientOptions();
        options.AddPolicy(_requests, HttpPipelinePosition.PerCall);
        var service = new TableServiceClient(azurite.ConnectionString, options);
        var name = "x" + Guid.NewGuid().ToString("N")[..20];
        await service.CreateTableIfNotExistsAsync(name);
        return service.GetTableClient(name);
    }
}
