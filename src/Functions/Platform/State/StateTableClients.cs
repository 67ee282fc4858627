using System.Collections.Concurrent;
using Azure.Data.Tables;

namespace Sentinel.Functions.Platform.State;

/// <summary>Hands out one <see cref="LazyTableClient"/> per table of the registered <see cref="TableServiceClient"/>.</summary>
public sealed class StateTableClients(TableServiceClient service)
{
    private readonly ConcurrentDictionary<string, LazyTableClient> _tables = new(StringComparer.Ordinal);

    public LazyTableClient Get(string table) => _tables.GetOrAdd(table, name => new LazyTableClient(service.GetTableClient(name)));
}
