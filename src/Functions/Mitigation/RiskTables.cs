using System.Collections.Concurrent;
using Azure;
using Azure.Data.Tables;

namespace Sentinel.Functions.Mitigation;

/// <summary>
/// The risk feature's tables on Azure.Data.Tables, each created on first use (once per process; a failed creation is
/// tried again on the next use). <c>mitigation</c> holds rule states, order intents and per-symbol budgets; the audit
/// rows and the mode row go to the shared <c>audit</c> and <c>control</c> tables.
/// </summary>
public sealed class RiskTables(TableServiceClient service)
{
    public const string Mitigation = "mitigation";
    public const string Audit = "audit";
    public const string Control = "control";

    private readonly ConcurrentDictionary<string, Task<TableClient>> _tables = new(StringComparer.Ordinal);

    public async Task<TableClient> GetAsync(string name, CancellationToken cancellationToken = default)
    {
        var creation = _tables.GetOrAdd(name, CreateAsync);
        try
        {
            return await creation.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException)
        {
            _tables.TryRemove(new KeyValuePair<string, Task<TableClient>>(name, creation));
            throw;
        }
    }

    /// <summary>Whether a failed write lost to a concurrent one (the row exists, or its ETag moved on).</summary>
    public static bool IsConflict(RequestFailedException exception) => exception?.Status is 409 or 412;

    private async Task<TableClient> CreateAsync(string name)
    {
        var client = service.GetTableClient(name);
        await client.CreateIfNotExistsAsync().ConfigureAwait(false);
        return client;
    }
}
