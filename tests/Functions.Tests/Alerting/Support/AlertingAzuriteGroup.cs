using Sentinel.TestSupport;

namespace Functions.Tests.Alerting.Support;

/// <summary>One Azurite for the alerting tests; each test starts from empty tables (<see cref="Functions.Tests.Support.SentinelTestApp.ResetStateAsync"/>).</summary>
[CollectionDefinition(Name)]
public sealed class AlertingAzuriteGroup : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Alerting on Azurite";
}
