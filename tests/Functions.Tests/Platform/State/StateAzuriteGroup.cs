using Sentinel.TestSupport;

namespace Functions.Tests.Platform.State;

/// <summary>One Azurite for every State test class; each test uses its own table.</summary>
[CollectionDefinition(Name)]
public sealed class StateAzuriteGroup : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "State on Azurite";
}
