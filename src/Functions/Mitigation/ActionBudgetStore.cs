using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Sentinel.Functions.Risk;

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

    /// <summary>Writes the budget under <paramref name="etag"/> (insert when null); a conflict throws (another writer acted on the symbol).</summary>
    public async Task WriteAsync(string symbol, ActionBudget budget, ETag? etag, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(budget);
        var table = await tables.GetAsync(RiskTables.Mitigation, cancellationToken).ConfigureAwait(false);
        var entity = new TableEntity(Partition, symbol.ToUpperInvariant())
        {
            ["Times"] = string.Join(',', budget.ActionTimes.Select(t => t.UtcTicks.ToString(CultureInfo.InvariantCulture))),
        };
        _ = etag is { } match
            ? await table.UpdateEntityAsync(entity, match, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false)
            : await table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
    }
}
