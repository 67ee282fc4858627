using Azure.Core;
using Sentinel.Functions.State.Tables;
using Sentinel.TestSupport;

namespace Functions.Tests.State;

[Collection(StateAzuriteGroup.Name)]
public sealed class TableValidationTests(AzuriteFixture azurite)
{
    private readonly CountingPolicy _requests = new();

    public static TheoryData<string, string> BadKeys => new()
    {
        { "a/b", "InvalidKey" },
        { "a\\b", "InvalidKey" },
        { "a#b", "InvalidKey" },
        { "a?b", "InvalidKey" },
        { "a\tb", "InvalidKey" },
        { "a\u007fb", "InvalidKey" },
        { new string('k', TableLimits.MaxKeyLength + 1), "KeyTooLong" },
    };

    [Theory]
    [MemberData(nameof(BadKeys))]
    public async Task Add_BadPartitionOrRowKey_IsRefusedBeforeAnyRequest(string key, string code)
    {
        var table = await CreateSutAsync();
        var before = _requests.Count;

        var asPartition = await Assert.ThrowsAsync<TableRequestException>(() => table.AddEntityAsync(new TableEntity(key, "r")));
        var asRow = await Assert.ThrowsAsync<TableRequestException>(() => table.UpsertEntityAsync(new TableEntity("p", key)));
        var onGet = await Assert.ThrowsAsync<TableRequestException>(() => table.GetEntityIfExistsAsync("p", key));

        Assert.Equal(before, _requests.Count);
        Assert.All([asPartition, asRow, onGet], e => Assert.Equal((0, code), (e.Status, e.ErrorCode)));
    }

    [Fact]
    public async Task Add_KeyAtTheLimit_IsStored()
    {
        var table = await CreateSutAsync();
        var key = new string('k', TableLimits.MaxKeyLength);

        await table.AddEntityAsync(new TableEntity(key, "r"));

        Assert.NotNull(await table.GetEntityIfExistsAsync(key, "r"));
    }

    [Fact]
    public async Task Add_EntityOverOneMiB_IsRefusedBeforeAnyRequest()
    {
        var table = await CreateSutAsync();
        var entity = new TableEntity("p", "r");
        for (var i = 0; i < 17; i++)
        {
            entity[$"Chunk{i}"] = new string('x', TableLimits.MaxStringLength);
        }

        var before = _requests.Count;

        var error = await Assert.ThrowsAsync<TableRequestException>(() => table.AddEntityAsync(entity));

        Assert.Equal(before, _requests.Count);
        Assert.Equal("EntityTooLarge", error.ErrorCode);
        Assert.Contains("(p, r)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_TooManyPropertiesOrLongStringOrBadName_IsRefusedBeforeAnyRequest()
    {
        var table = await CreateSutAsync();
        var wide = new TableEntity("p", "wide");
        for (var i = 0; i < 253; i++)
        {
            wide[$"P{i}"] = i;
        }

        var before = _requests.Count;

        var tooMany = await Assert.ThrowsAsync<TableRequestException>(() => table.AddEntityAsync(wide));
        var tooLong = await Assert.ThrowsAsync<TableRequestException>(() => table.AddEntityAsync(new TableEntity("p", "s") { ["S"] = new string('x', TableLimits.MaxStringLength + 1) }));
        var badName = await Assert.ThrowsAsync<TableRequestException>(() => table.AddEntityAsync(new TableEntity("p", "n") { ["has-dash"] = 1 }));
        var reserved = await Assert.ThrowsAsync<TableRequestException>(() => table.AddEntityAsync(new TableEntity("p", "n") { ["Timestamp"] = 1 }));

        Assert.Equal(before, _requests.Count);
        Assert.Equal(["TooManyProperties", "PropertyValueTooLarge", "InvalidPropertyName", "InvalidPropertyName"], new[] { tooMany, tooLong, badName, reserved }.Select(e => e.ErrorCode));
    }

    [Fact]
    public async Task Add_252CustomProperties_IsStored()
    {
        var table = await CreateSutAsync();
        var wide = new TableEntity("p", "wide");
        for (var i = 0; i < 252; i++)
        {
            wide[$"P{i}"] = i;
        }

        await table.AddEntityAsync(wide);

        Assert.Equal(252, (await table.GetEntityAsync("p", "wide")).Properties.Count);
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("1abc")]
    [InlineData("has-dash")]
    [InlineData("tables")]
    public void GetTableClient_InvalidName_IsRefused(string name)
    {
        var service = new TableServiceClient(azurite.ConnectionString);

        var error = Assert.Throws<TableRequestException>(() => service.GetTableClient(name));

        Assert.Equal("InvalidTableName", error.ErrorCode);
    }

    [Fact]
    public void Entity_UnsupportedValueType_IsRefusedWhenSet()
    {
        var entity = new TableEntity("p", "r");

        Assert.Throws<ArgumentException>(() => entity["F"] = 1.5f);
        Assert.Throws<ArgumentException>(() => entity["D"] = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Unspecified));
    }

    private async Task<TableClient> CreateSutAsync()
    {
        var options = new TableClientOptions();
        options.AddPolicy(_requests, HttpPipelinePosition.PerCall);
        var service = new TableServiceClient(azurite.ConnectionString, options);
        var name = "v" + Guid.NewGuid().ToString("N")[..20];
        await service.CreateTableIfNotExistsAsync(name);
        return service.GetTableClient(name);
    }
}
