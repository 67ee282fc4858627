using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Sentinel.Core.Risk;

namespace Sentinel.Functions.Mitigation;

/// <summary>Per-symbol <see cref="ActionBudget"/>s, rows <c>budget</c>/symbol of the <c>mitigation</c> table, written under their ETag.</summary>
public sealed class ActionBudgetStore(RiskTables tables)
{
    private const string Partition = "budget";

    public async Task<(ActionBudget Budget, ETag? ETag)> ReadAsync(string symbol, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(RiskTables.Mitigation, cancellationToken).ConfigureAwait(false);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(Partition, symbol.ToUpperInvariant(), cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!row.HasValue || row.Value is not { } entity)
        {
            return (ActionBudget.Empty, null);
        }

        var times = (entity.GetString("Times") ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(t => new DateTimeOffset(long.Parse(t, CultureInfo.InvariantCulture), TimeSpan.Zero))
            .ToList();
        return (new ActionBudget(times), entity.ETag);
    }

    /// <summary>Adds one action at <paramref name="at"/>: read-modify-write under the row's ETag, repeated when another writer got in between.</summary>
    public async Task RecordAsync(string symbol, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(RiskTables.Mitigation, cancellationToken).ConfigureAwait(false);
        for (var attempt = 1; ; attempt++)
        {
            var (budget, etag) = await ReadAsync(symbol, cancellationToken).ConfigureAwait(false);
            var entity = new TableEntity(Partition, symbol.ToUpperInvariant())
            {
                ["Times"] = string.Join(',', budget.Record(at).ActionTimes.Select(t => t.UtcTicks.ToString(CultureInfo.InvariantCulture))),
            };
            try
            {
                _ = etag is { } match
                    ? await table.UpdateEntityAsync(entity, match, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false)
                    : await table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (RequestFailedException e) when (RiskTables.IsConflict(e) && attempt < 5)
            {
                // Another action on the symbol was recorded meanwhile: add this one on top.
            }
        }
    }
}
