using Sentinel.Functions.State.Tables;
using Sentinel.TestSupport;

namespace Functions.Tests.State;

[Collection(StateAzuriteGroup.Name)]
public sealed class TableClientQueryTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Query_MoreThanOnePageOfEntities_FollowsContinuationsToEveryEntity()
    {
        var table = await TableTestSupport.NewTableAsync(azurite);
        await SeedAsync(table, partitions: 3, rowsEach: 450);

        var all = await table.QueryAsync().ToListAsync();
        var firstPage = await table.GetPageAsync();

        Assert.Equal(1350, all.Count);
        Assert.Equal(1350, all.Select(e => (e.PartitionKey, e.RowKey)).Distinct().Count());
        Assert.Equal(1000, firstPage.Values.Count);
        Assert.NotNull(firstPage.ContinuationToken);
    }

    [Fact]
    public async Task GetPage_WithTop_PagesByHandUntilNoContinuation()
    {
        var table = await TableTestSupport.NewTableAsync(azurite);
        await SeedAsync(table, partitions: 1, rowsEach: 25);
        var seen = new List<string>();
        string? token = null;
        var pages = 0;

        do
        {
            var page = await table.GetPageAsync(top: 10, continuationToken: token);
            seen.AddRange(page.Values.Select(e => e.RowKey));
            token = page.ContinuationToken;
            pages++;
        }
        while (token is not null);

        Assert.Equal(3, pages);
        Assert.Equal(Enumerable.Range(0, 25).Select(Row), seen);
    }

    [Fact]
    public async Task Query_FilterAndSelect_ReturnsOnlyMatchingEntitiesAndColumns()
    {
        var table = await TableTestSupport.NewTableAsync(azurite);
        await SeedAsync(table, partitions: 2, rowsEach: 20);

        var filter = TableFilter.Create($"PartitionKey eq {"p1"} and N ge {15}");
        var found = await table.QueryAsync(filter, ["N"]).ToListAsync();

        Assert.Equal([15, 16, 17, 18, 19], found.Select(e => e.GetInt32("N")!.Value));
        Assert.All(found, e => Assert.Null(e["Label"]));
    }

    [Fact]
    public async Task Query_ValueWithQuotes_CannotWidenTheFilter()
    {
        var table = await TableTestSupport.NewTableAsync(azurite);
        await table.AddEntityAsync(new TableEntity("p", "a") { ["Name"] = "x' or 'a' eq 'a" });
        await table.AddEntityAsync(new TableEntity("p", "b") { ["Name"] = "other" });

        var hostile = "x' or 'a' eq 'a";
        var found = await table.QueryAsync(TableFilter.Create($"Name eq {hostile}")).ToListAsync();

        Assert.Equal(["a"], found.Select(e => e.RowKey));
    }

    [Fact]
    public async Task Query_TypedLiterals_MatchStoredTypes()
    {
        var table = await TableTestSupport.NewTableAsync(azurite);
        var id = Guid.NewGuid();
        var when = new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);
        await table.AddEntityAsync(new TableEntity("p", "a") { ["Id"] = id, ["Big"] = 5_000_000_000L, ["When"] = when, ["Price"] = 1.50m });
        await table.AddEntityAsync(new TableEntity("p", "b") { ["Id"] = Guid.NewGuid(), ["Big"] = 1L, ["When"] = when.AddDays(-1), ["Price"] = 2m });

        var byGuid = await table.QueryAsync(TableFilter.Create($"Id eq {id}")).ToListAsync();
        var byLong = await table.QueryAsync(TableFilter.Create($"Big gt {4_000_000_000L}")).ToListAsync();
        var byDate = await table.QueryAsync(TableFilter.Create($"When ge {when}")).ToListAsync();
        var byMoney = await table.QueryAsync(TableFilter.Create($"Price eq {1.50m}")).ToListAsync();

        Assert.Equal(["a"], byGuid.Select(e => e.RowKey));
        Assert.Equal(["a"], byLong.Select(e => e.RowKey));
        Assert.Equal(["a"], byDate.Select(e => e.RowKey));
        Assert.Equal(["a"], byMoney.Select(e => e.RowKey));
    }

    private static string Row(int i) => i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);

    private static async Task SeedAsync(TableClient table, int partitions, int rowsEach)
    {
        for (var p = 0; p < partitions; p++)
        {
            for (var start = 0; start < rowsEach; start += 100)
            {
                var partition = $"p{p}";
                var actions = Enumerable.Range(start, Math.Min(100, rowsEach - start))
                    .Select(i => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(partition, Row(i)) { ["N"] = i, ["Label"] = $"row {i}" }));
                await table.SubmitTransactionAsync(actions);
            }
        }
    }
}
