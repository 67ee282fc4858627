using Azure;
using Sentinel.Functions.State.Tables;
using Sentinel.TestSupport;

namespace Functions.Tests.State;

[Collection(StateAzuriteGroup.Name)]
public sealed class TableClientCrudTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task AddThenGet_EveryType_RoundTripsExactly()
    {
        var table = await TableTestSupport.NewTableAsync(azurite);
        var moment = new DateTimeOffset(2026, 3, 4, 5, 6, 7, TimeSpan.FromHours(2)).AddTicks(1234567);
        var id = Guid.NewGuid();
        var entity = new TableEntity("p 1 'quoted' é", "r+1");
        entity["Text"] = "hello 'world' ✓";
        entity["Int"] = 42;
        entity["Long"] = long.MaxValue - 7;
        entity["Double"] = 2.0;
        entity["Fraction"] = 0.1;
        entity["Flag"] = true;
        entity["When"] = moment;
        entity["Id"] = id;
        entity["Bytes"] = new byte[] { 0, 1, 254, 255 };
        entity["Price"] = 65432.10m;

        var etag = await table.AddEntityAsync(entity);
        var read = await table.GetEntityAsync("p 1 'quoted' é", "r+1");

        Assert.Equal(etag, read.ETag);
        Assert.NotNull(read.Timestamp);
        Assert.Equal("hello 'world' ✓", read.GetString("Text"));
        Assert.Equal(42, read.GetInt32("Int"));
        Assert.Equal(long.MaxValue - 7, read.GetInt64("Long"));
        Assert.Equal(2.0, read.GetDouble("Double"));
        Assert.Equal(0.1, read.GetDouble("Fraction"));
        Assert.True(read.GetBoolean("Flag"));
        Assert.Equal(moment, read.GetDateTimeOffset("When"));
        Assert.Equal(id, read.GetGuid("Id"));
        Assert.Equal(new byte[] { 0, 1, 254, 255 }, read.GetBinary("Bytes"));
        Assert.Equal(65432.10m, read.GetDecimal("Price"));
        Assert.Equal("65432.10", read.GetString("Price"));
    }

    [Fact]
    public async Task GetEntityIfExists_Absent_ReturnsNull()
    {
        var table = await TableTestSupport.NewTableAsync(azurite);

        var read = await table.GetEntityIfExistsAsync("p", "missing");

        Assert.Null(read);
    }

    [Fact]
    public async Task Add_ExistingEntity_ThrowsConflictAndKeepsTheFirst()
    {
        var table = await TableTestSupport.NewTableAsync(azurite);
        await table.AddEntityAsync(new TableEntity("p", "r") { ["V"] = 1 });

        var error = await Assert.ThrowsAsync<TableConcurrencyException>(() => table.AddEntityAsync(new TableEntity("p", "r") { ["V"] = 2 }));

        Assert.Equal(409, error.Status);
        Assert.Equal("EntityAlreadyExists", error.ErrorCode);
        Assert.Equal(1, (await table.GetEntityAsync("p", "r")).GetInt32("V"));
    }

    [Fact]
    public async Task Upsert_MergeKeepsOtherProperties_ReplaceDropsThem()
    {
        var table = await TableTestSupport.NewTableAsync(azurite);
        await table.UpsertEntityAsync(new TableEntity("p", "r") { ["A"] = "a", ["B"] = "b" }, TableUpdateMode.Replace);

        await table.UpsertEntityAsync(new TableEntity("p", "r") { ["B"] = "b2" }, TableUpdateMode.Merge);
        var merged = await table.GetEntityAsync("p", "r");
        await table.UpsertEntityAsync(new TableEntity("p", "r") { ["C"] = "c" }, TableUpdateMode.Replace);
        var replaced = await table.GetEntityAsync("p", "r");

        Assert.Equal(("a", "b2"), (merged.GetString("A"), merged.GetString("B")));
        Assert.Equal([("C", (object)"c")], replaced.Properties.Select(p => (p.Key, p.Value)));
    }

    [Fact]
    public async Task Delete_WithCurrentETag_RemovesTheEntity()
    {
        var table = await TableTestSupport.NewTableAsync(azurite);
        var etag = await table.AddEntityAsync(new TableEntity("p", "r"));

        var deleted = await table.DeleteEntityAsync("p", "r", etag);
        var again = await table.DeleteEntityAsync("p", "r", ETag.All);

        Assert.True(deleted);
        Assert.False(again);
        Assert.Null(await table.GetEntityIfExistsAsync("p", "r"));
    }

    [Fact]
    public async Task CreateTableIfNotExists_Twice_ReportsItExisted_AndDeleteRemovesIt()
    {
        var service = TableTestSupport.Service(azurite);
        var name = "c" + Guid.NewGuid().ToString("N")[..10];

        var first = await service.CreateTableIfNotExistsAsync(name);
        var second = await service.CreateTableIfNotExistsAsync(name);
        var listed = await service.ListTablesAsync();
        var deleted = await service.DeleteTableAsync(name);

        Assert.True(first);
        Assert.False(second);
        Assert.Contains(name, listed);
        Assert.True(deleted);
        Assert.DoesNotContain(name, await service.ListTablesAsync());
    }

    [Fact]
    public async Task WrongAccountKey_IsRefusedByTheEmulator()
    {
        var wrongKey = Convert.ToBase64String(new byte[64]);
        var service = new TableServiceClient($"DefaultEndpointsProtocol=http;AccountName={AzuriteFixture.AccountName};AccountKey={wrongKey};TableEndpoint={azurite.TableEndpoint};");

        var error = await Assert.ThrowsAsync<TableRequestException>(() => service.ListTablesAsync());

        Assert.Equal(403, error.Status);
        Assert.DoesNotContain(wrongKey, error.ToString(), StringComparison.Ordinal);
    }
}
