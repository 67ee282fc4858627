using Sentinel.TestSupport;

namespace Functions.Tests.Monitoring.Support;

/// <summary>One Azurite for the monitoring tests; each test starts from empty tables (the tick's tables are deleted before it starts its app).</summary>
[CollectionDefinition(Name)]
public sealed class MonitoringAzuriteGroup : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Monitoring on Azurite";
}
