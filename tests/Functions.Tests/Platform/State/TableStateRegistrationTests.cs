using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Sentinel.Functions.Platform.State;
using Sentinel.Functions.Platform.State.Leases;
using Sentinel.TestSupport;

namespace Functions.Tests.Platform.State;

[Collection(StateAzuriteGroup.Name)]
public sealed class TableStateRegistrationTests(AzuriteFixture azurite)
{
    private readonly StorageTraffic _traffic = new();

    [Fact]
    public async Task AddTableState_ConnectionString_DoesNoIoUntilFirstUse_ThenCreatesTheTableItUses()
    {
        using var services = CreateSut(new() { ["State:ConnectionString"] = azurite.ConnectionString });
        var name = TableTestSupport.NewName();

        var tables = services.GetRequiredService<StateTableClients>();
        var leases = services.GetRequiredService<TableLeaseManager>();
        var requestsBeforeUse = _traffic.Requests;
        var table = await tables.Get(name).GetAsync();
        await table.AddEntityAsync(new TableEntity("p", "r"));
        var lease = await leases.TryAcquireAsync("registration-test", "me", TimeSpan.FromSeconds(10));

        Assert.Equal(0, requestsBeforeUse);
        Assert.NotNull(lease);
        Assert.Single(await services.GetRequiredService<TableServiceClient>().QueryAsync(TableClient.CreateQueryFilter($"TableName eq {name}")).ToListAsync());
    }

    [Fact]
    public async Task LazyTable_ManyFirstUsesAtOnce_CreateOnce_AndLaterUsesDoNoIo()
    {
        using var services = CreateSut(new() { ["State:ConnectionString"] = azurite.ConnectionString });
        var lazy = services.GetRequiredService<StateTableClients>().Get(TableTestSupport.NewName());

        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => lazy.GetAsync().AsTask()));
        var afterFirstUse = _traffic.Requests;
        await lazy.GetAsync();

        Assert.Equal(1, afterFirstUse);
        Assert.Equal(afterFirstUse, _traffic.Requests);
    }

    [Fact]
    public async Task Health_Reachable_IsHealthyAndCreatesNothing()
    {
        using var services = CreateSut(new() { ["State:ConnectionString"] = azurite.ConnectionString });

        var health = await services.GetRequiredService<TableStateHealth>().CheckAsync();

        Assert.Equal(HealthStatus.Healthy, health.Status);
        Assert.Equal(["GET /devstoreaccount1/Tables"], _traffic.Log);
    }

    [Fact]
    public async Task Health_StoreDown_IsUnhealthy_SaysUnreachable_WithoutTheKey()
    {
        var downEndpoint = $"http://127.0.0.1:{FreePort.Next()}/{AzuriteFixture.AccountName}";
        using var services = CreateSut(new()
        {
            ["State:ConnectionString"] = $"DefaultEndpointsProtocol=http;AccountName={AzuriteFixture.AccountName};AccountKey={AzuriteFixture.AccountKey};TableEndpoint={downEndpoint}",
        });

        var health = await services.GetRequiredService<TableStateHealth>().CheckAsync();

        Assert.Equal(HealthStatus.Unhealthy, health.Status);
        Assert.Contains(downEndpoint, health.Description, StringComparison.Ordinal);
        Assert.Contains("unreachable", health.Description, StringComparison.Ordinal);
        Assert.DoesNotContain(AzuriteFixture.AccountKey, health.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_WrongKey_IsUnhealthy_WithTheStatus()
    {
        var wrongKey = Convert.ToBase64String(new byte[64]);
        using var services = CreateSut(new()
        {
            ["State:ConnectionString"] = $"DefaultEndpointsProtocol=http;AccountName={AzuriteFixture.AccountName};AccountKey={wrongKey};TableEndpoint={azurite.TableEndpoint}",
        });

        var health = await services.GetRequiredService<TableStateHealth>().CheckAsync();

        Assert.Equal(HealthStatus.Unhealthy, health.Status);
        Assert.Contains("refused: 403", health.Description, StringComparison.Ordinal);
        Assert.DoesNotContain(wrongKey, health.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void AddTableState_TableServiceUri_UsesTheManagedIdentityEndpoint()
    {
        using var services = CreateSut(new() { ["State:TableServiceUri"] = "https://sentinelst.table.core.windows.net/" });

        var client = services.GetRequiredService<TableServiceClient>();

        Assert.Equal("https://sentinelst.table.core.windows.net/", client.Uri.AbsoluteUri);
        Assert.Equal("sentinelst", client.AccountName);
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

    private ServiceProvider CreateSut(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddTableState(configuration, options =>
        {
            options.Retry.MaxRetries = 0;
            options.AddPolicy(_traffic, Azure.Core.HttpPipelinePosition.PerRetry);
        });
        return services.BuildServiceProvider();
    }
}
