using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Sentinel.Functions.State;
using Sentinel.Functions.State.Leases;
using Sentinel.Functions.State.Tables;
using Sentinel.TestSupport;

namespace Functions.Tests.State;

[Collection(StateAzuriteGroup.Name)]
public sealed class TableStateRegistrationTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task AddTableState_ConnectionString_CreatesEveryTableAndHandsOutWorkingLeases()
    {
        using var services = CreateSut(new() { ["State:ConnectionString"] = azurite.ConnectionString });

        var health = await services.GetRequiredService<TableStateHealth>().CheckAsync();
        var tables = await services.GetRequiredService<TableServiceClient>().ListTablesAsync();
        var lease = await services.GetRequiredService<TableLeaseManager>().TryAcquireAsync("registration-test", "me", TimeSpan.FromSeconds(10));

        Assert.Equal(HealthStatus.Healthy, health.Status);
        Assert.All(StateTables.All, name => Assert.Contains(name, tables));
        Assert.NotNull(lease);
    }

    [Fact]
    public async Task Health_StoreDown_IsUnhealthyWithoutTheKey()
    {
        var downEndpoint = $"http://127.0.0.1:{FreePort.Next()}/{AzuriteFixture.AccountName}";
        using var services = CreateSut(new()
        {
            ["State:ConnectionString"] = $"AccountName={AzuriteFixture.AccountName};AccountKey={AzuriteFixture.AccountKey};TableEndpoint={downEndpoint}",
        });

        var health = await services.GetRequiredService<TableStateHealth>().CheckAsync();

        Assert.Equal(HealthStatus.Unhealthy, health.Status);
        Assert.Contains(downEndpoint, health.Description, StringComparison.Ordinal);
        Assert.Contains("ServiceUnreachable", health.Description, StringComparison.Ordinal);
        Assert.DoesNotContain(AzuriteFixture.AccountKey, health.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void AddTableState_TableServiceUri_UsesTheManagedIdentityEndpoint()
    {
        using var services = CreateSut(new() { ["State:TableServiceUri"] = "https://sentinelst.table.core.windows.net/" });

        var client = services.GetRequiredService<TableServiceClient>();

        Assert.Equal(new Uri("https://sentinelst.table.core.windows.net"), client.Endpoint);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("UseDevelopmentStorage=true", "https://sentinelst.table.core.windows.net/")]
    [InlineData(null, "http://sentinelst.table.core.windows.net/")]
    public void AddTableState_NoneBothOrInsecureSetting_FailsValidation(string? connectionString, string? uri)
    {
        using var services = CreateSut(new() { ["State:ConnectionString"] = connectionString, ["State:TableServiceUri"] = uri });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<TableStateOptions>>().Value);

        Assert.Contains("State__", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_ToString_HidesTheConnectionString()
    {
        var options = new TableStateOptions { ConnectionString = azurite.ConnectionString };

        Assert.DoesNotContain(AzuriteFixture.AccountKey, options.ToString(), StringComparison.Ordinal);
    }

    private static ServiceProvider CreateSut(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddTableState(configuration, options => options.Retry.MaxRetries = 0);
        return services.BuildServiceProvider();
    }
}
