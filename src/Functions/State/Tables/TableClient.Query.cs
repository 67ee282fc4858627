using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Azure.Core;

namespace Sentinel.Functions.State.Tables;

public partial class TableClient
{
    private const string NextPartitionKeyHeader = "x-ms-continuation-NextPartitionKey";
    private const string NextRowKeyHeader = "x-ms-continuation-NextRowKey";

    /// <summary>
    /// Every entity matching <paramref name="filter"/> (build it with <see cref="TableFilter"/>), following
    /// continuations transparently; <paramref name="maxPerPage"/> bounds each request, not the total.
    /// </summary>
    public virtual async IAsyncEnumerable<TableEntity> QueryAsync(
        string? filter = null,
        IEnumerable<string>? columns = null,
        int? maxPerPage = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var selected = columns?.ToArray();
        string? continuation = null;
        do
        {
            var page = await GetPageAsync(filter, selected, maxPerPage, continuation, cancellationToken).ConfigureAwait(false);
            foreach (var entity in page.Values)
            {
                yield return entity;
            }

            continuation = page.ContinuationToken;
        }
        while (continuation is not null);
    }

    /// <summary>
    /// One page of a query; <paramref name="columns"/> ($select) always includes the keys. GET /table()?$filter=…&amp;$select=…&amp;$top=… with NextPartitionKey/NextRowKey
    /// from <paramref name="continuationToken"/>. A page may be empty and still have a continuation.
    /// </summary>
    public virtual async Task<TablePage> GetPageAsync(
        string? filter = null,
        IEnumerable<string>? columns = null,
        int? top = null,
        string? continuationToken = null,
        CancellationToken cancellationToken = default)
    {
        var query = QueryParameters(filter, columns, top, continuationToken);
        using var message = _transport.CreateMessage(RequestMethod.Get, $"{Name}()", query);
        var response = await _transport.SendAsync(message, cancellationToken).ConfigureAwait(false);
        TableErrors.ThrowIfFailed(response, $"Query table '{Name}'");
        using var json = JsonDocument.Parse(response.Content.ToMemory());
        var values = json.RootElement.GetProperty("value").EnumerateArray().Select(TableEntityJson.Deserialize).ToList();
        return new TablePage(values, NextToken(response));
    }

    private static List<KeyValuePair<string, string>> QueryParameters(string? filter, IEnumerable<string>? columns, int? top, string? continuationToken)
    {
        var query = new List<KeyValuePair<string, string>>();
        if (!string.IsNullOrWhiteSpace(filter))
        {
            query.Add(new("$filter", filter));
        }

        if (columns?.ToArray() is { Length: > 0 } names)
        {
            // Keys are always selected so every entity read can be addressed (and updated) again.
            query.Add(new("$select", string.Join(',', names.Union(["PartitionKey", "RowKey"], StringComparer.Ordinal))));
        }

        if (top is { } count)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(count, 1, nameof(top));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(count, 1000, nameof(top));
            query.Add(new("$top", count.ToString(CultureInfo.InvariantCulture)));
        }

        if (continuationToken is not null)
        {
            var parts = continuationToken.Split(' ', 2);
            query.Add(new("NextPartitionKey", parts[0]));
            if (parts.Length == 2 && parts[1].Length > 0)
            {
                query.Add(new("NextRowKey", parts[1]));
            }
        }

        return query;
    }

    private static string? NextToken(Azure.Response response)
    {
        if (!response.Headers.TryGetValue(NextPartitionKeyHeader, out var partition) || string.IsNullOrEmpty(partition))
        {
            return null;
        }

        return response.Headers.TryGetValue(NextRowKeyHeader, out var row) && !string.IsNullOrEmpty(row) ? $"{partition} {row}" : partition;
    }
}
