using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Sentinel.Core.Alerts;
using Sentinel.Functions.Platform.State;
using Sentinel.Functions.Platform.Audit;

namespace Sentinel.Functions.Alerting;

/// <summary>
/// Loads <c>seed-rules.json</c> into the <c>rules</c> table on the first start only: when no marker row
/// (<c>control</c>: <c>alerts</c>/<c>rules-seeded</c>) exists and the table holds no rules. Each seed rule is
/// inserted (an existing id is left alone) and the marker last, so instances starting together insert every
/// rule once and a start that died half-way finishes the job on the next start; deleting every rule later
/// does not bring the seed back.
/// </summary>
internal sealed partial class RuleSeeder(
    RuleStore rules, AuditLog audit, StateTableClients tables, TimeProvider timeProvider, ILogger<RuleSeeder> logger)
{
    public const string SeedFile = "Alerts/seed-rules.json";
    private readonly LazyTableClient _control = tables.Get(StateTables.Control);

    /// <summary>Seeds from <paramref name="path"/>; returns how many rules this call inserted.</summary>
    public async Task<int> SeedAsync(string path, CancellationToken cancellationToken = default)
    {
        if (await OptimisticUpdate.ReadAsync(await _control.GetAsync(cancellationToken), "alerts", "rules-seeded", cancellationToken) is not null)
        {
            return 0;
        }

        var inserted = 0;
        if (await rules.IsEmptyAsync(cancellationToken) || await IsPartialSeedAsync(cancellationToken))
        {
            var document = JsonSerializer.Deserialize(await File.ReadAllTextAsync(path, cancellationToken), AlertRulesJsonContext.Default.AlertRuleSetDocument);
            CompiledRuleSet.Compile(document!);
            await TryAddAsync(new TableEntity("alerts", "rules-seeding") { ["At"] = timeProvider.GetUtcNow() }, cancellationToken);
            foreach (var rule in document!.Rules!)
            {
                inserted += await TryInsertAsync(rule, cancellationToken) ? 1 : 0;
            }
        }

        await TryAddMarkerAsync(cancellationToken);
        LogSeeded(logger, inserted);
        return inserted;
    }

    private async Task<bool> IsPartialSeedAsync(CancellationToken cancellationToken) =>
        await OptimisticUpdate.ReadAsync(await _control.GetAsync(cancellationToken), "alerts", "rules-seeding", cancellationToken) is not null;

    private async Task<bool> TryInsertAsync(AlertRuleDocument rule, CancellationToken cancellationToken)
    {
        try
        {
            await rules.AddAsync(rule, cancellationToken);
        }
        catch (RequestFailedException e) when (e.IsConcurrencyConflict())
        {
            return false;
        }

        await audit.WriteAsync("seed", "rule.create", "rule/" + rule.Id, null, RuleStore.ToJson(rule), cancellationToken);
        return true;
    }

    private Task TryAddMarkerAsync(CancellationToken cancellationToken) =>
        TryAddAsync(new TableEntity("alerts", "rules-seeded") { ["At"] = timeProvider.GetUtcNow() }, cancellationToken);

    private async Task TryAddAsync(TableEntity entity, CancellationToken cancellationToken)
    {
        try
        {
            await (await _control.GetAsync(cancellationToken)).AddEntityAsync(entity, cancellationToken);
        }
        catch (RequestFailedException e) when (e.IsConcurrencyConflict())
        {
            // Another instance wrote the same marker; that is the point of it.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seed rules: {Inserted} inserted")]
    private static partial void LogSeeded(ILogger logger, int inserted);
}
