using Functions.Tests.Support;
using Sentinel.Functions.State;
using Sentinel.Functions.State.Tables;
using Sentinel.TestSupport;

namespace Functions.Tests.Monitoring.Support;

/// <summary>The app (<see cref="SentinelTestApp"/>) on Azurite with empty monitoring tables and a <see cref="StubExchangePort"/>.</summary>
internal static class MonitoringApp
{
    public static async Task<SentinelTestApp> StartAsync(AzuriteFixture azurite)
    {
        var service = new TableServiceClient(azurite.ConnectionString);
        foreach (var table in new[] { StateTables.Snapshots, StateTables.PriceHistory, StateTables.Leases })
        {
            await service.DeleteTableAsync(table);
        }

        return await SentinelTestApp.StartAsync(new SentinelTestAppOptions { Azurite = azurite });
    }
}
