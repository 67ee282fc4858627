using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Sentinel.TestSupport;

namespace Functions.Tests.Platform.State;

internal static class TableTestSupport
{
    public static TableServiceClient Service(AzuriteFixture azurite, HttpPipelinePolicy? policy = null)
    {
        var options = new TableClientOptions();
        options.Retry.MaxRetries = 0;
        if (policy is not null)
        {
            options.AddPolicy(policy, HttpPipelinePosition.PerRetry);
        }

        return new TableServiceClient(azurite.ConnectionString, options);
    }

    public static string NewName() => "t" + Guid.NewGuid().ToString("N")[..20];

    public static async Task<TableClient> NewTableAsync(AzuriteFixture azurite, HttpPipelinePolicy? policy = null)
    {
        var table = Service(azurite, policy).GetTableClient(NewName());
        await table.CreateIfNotExistsAsync();
        return table;
    }
}
