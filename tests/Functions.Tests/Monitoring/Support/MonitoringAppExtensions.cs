using Functions.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Sentinel.Functions.Monitoring;
using Sentinel.Functions.Platform.State;
using Sentinel.TestSupport;

namespace Functions.Tests.Monitoring.Support;

/// <summary>The tick's tests on the one <see cref="SentinelTestApp"/>: how they start it and the parts they drive and read.</summary>
internal static class MonitoringAppExtensions
{
    extension(SentinelTestApp)
    {
        /// <summary>
        /// The monitoring feature alone (<see cref="AppScope.MonitoringOnly"/>) on Azurite, storage without retries so
        /// request counts are exact; the tick's tables are deleted first (every test's first tick runs against an
        /// account without them) unless <paramref name="keepTables"/>, as for a second instance or a later start.
        /// </summary>
        public static async Task<SentinelTestApp> StartMonitoringAsync(
            AzuriteFixture azurite,
            IDictionary<string, string?>? settings = null,
            FakeTimeProvider? clock = null,
            bool keepTables = false,
            Action<IServiceCollection>? services = null,
            bool realExchange = false)
        {
            if (!keepTables)
            {
                await SentinelTestApp.ResetStateAsync(azurite, StateTables.Snapshots, StateTables.PriceHistory, StateTables.Leases);
            }

            return await SentinelTestApp.StartAsync(new SentinelTestAppOptions
            {
                Azurite = azurite,
                Scope = AppScope.MonitoringOnly,
                Settings = settings ?? new Dictionary<string, string?>(),
                Clock = clock,
                Services = services,
                RealExchange = realExchange,
                StorageRetries = false,
            });
        }
    }

    extension(SentinelTestApp app)
    {
        public MonitorTick Tick => app.Get<MonitorTick>();

        public SnapshotStore Snapshots => app.Get<SnapshotStore>();

        public PriceHistoryStore History => app.Get<PriceHistoryStore>();
    }
}
