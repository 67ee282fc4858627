using Sentinel.Functions.State.Tables;
using Sentinel.TestSupport;

namespace Functions.Tests.State;

internal static class TableTestSupport
{
    public static TableServiceClient Service(AzuriteFixture azurite, TimeProvider? timeProvider = null) =>
        new(azurite.ConnectionString, new TableClientOptions { TimeProvider = timeProvider ?? TimeProvider.System });

    public static async Task<TableClient> NewTableAsync(AzuriteFixture azurite)
    {
        var service = Service(azurite);
        var name = "t" + Guid.NewGuid().ToString("N")[..20];
        await service.CreateTableIfNotExistsAsync(name);
        return service.GetTableClient(name);
    }
}
