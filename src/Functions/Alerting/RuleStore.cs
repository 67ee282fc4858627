using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Sentinel.Core.Alerts;
using Sentinel.Functions.Platform.State;

namespace Sentinel.Functions.Alerting;

/// <summary>
/// Alert rules in the <c>rules</c> table: PartitionKey <c>rule</c>, RowKey = rule id, the rule as its JSON
/// document in <c>Json</c>. Updates and deletes are conditional on the caller's ETag.
/// </summary>
public sealed class RuleStore(StateTableClients tables, AlertingVersion version)
{
    public const string Partition = "rule";
    private readonly LazyTableClient _table = tables.Get(StateTables.Rules);

    public async Task<IReadOnlyList<StoredRule>> ListAsync(CancellationToken cancellationToken = default)
    {
        var table = await _table.GetAsync(cancellationToken);
        var rules = new List<StoredRule>();
        await foreach (var entity in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {Partition}"), cancellationToken: cancellationToken))
        {
            rules.Add(Read(entity));
        }

        return rules;
    }

    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken = default)
    {
        var table = await _table.GetAsync(cancellationToken);
        await foreach (var page in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {Partition}"), 1, ["RowKey"], cancellationToken).AsPages(pageSizeHint: 1))
        {
            if (page.Values.Count > 0)
            {
                return false;
            }
        }

        return true;
    }

    public async Task<StoredRule?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        var entity = await OptimisticUpdate.ReadAsync(await _table.GetAsync(cancellationToken), Partition, id, cancellationToken);
        return entity is null ? null : Read(entity);
    }

    /// <summary>Inserts a new rule; a conflict (<see cref="TableConflicts.IsConcurrencyConflict"/>) when the id is taken.</summary>
    public async Task<StoredRule> AddAsync(AlertRuleDocument rule, CancellationToken cancellationToken = default)
    {
        var entity = Write(rule);
        var response = await (await _table.GetAsync(cancellationToken)).AddEntityAsync(entity, cancellationToken);
        await version.BumpAsync(cancellationToken);
        return new StoredRule(rule, response.Headers.ETag ?? default);
    }

    /// <summary>Replaces a rule if it still has <paramref name="ifMatch"/>; a conflict (412) when not.</summary>
    public async Task<StoredRule> ReplaceAsync(AlertRuleDocument rule, ETag ifMatch, CancellationToken cancellationToken = default)
    {
        var response = await (await _table.GetAsync(cancellationToken)).UpdateEntityAsync(Write(rule), ifMatch, TableUpdateMode.Replace, cancellationToken);
        await version.BumpAsync(cancellationToken);
        return new StoredRule(rule, response.Headers.ETag ?? default);
    }

    /// <summary>Deletes a rule if it still has <paramref name="ifMatch"/>; false when it did not exist.</summary>
    public async Task<bool> DeleteAsync(string id, ETag ifMatch, CancellationToken cancellationToken = default)
    {
        var response = await (await _table.GetAsync(cancellationToken)).DeleteEntityAsync(Partition, id, ifMatch, cancellationToken);
        await version.BumpAsync(cancellationToken);
        return response.Status != 404;
    }

    /// <summary>
    /// The stored rules compiled into one set. A rule that no longer validates (written by an older version, or by
    /// hand) is left out and reported in <paramref name="invalid"/>, so one bad row cannot stop every other alert.
    /// </summary>
    public async Task<CompiledRuleSet> LoadCompiledAsync(List<string>? invalid = null, CancellationToken cancellationToken = default)
    {
        var valid = new List<AlertRuleDocument>();
        foreach (var stored in (await ListAsync(cancellationToken)).OrderBy(r => r.Rule.Id, StringComparer.Ordinal))
        {
            if (AlertRuleValidator.Validate(stored.Rule).Count == 0 && stored.Rule.Id == stored.RowKey)
            {
                valid.Add(stored.Rule);
            }
            else
            {
                invalid?.Add(stored.RowKey);
            }
        }

        return CompiledRuleSet.Compile(new AlertRuleSetDocument { Rules = valid });
    }

    public static string ToJson(AlertRuleDocument rule) => JsonSerializer.Serialize(rule, AlertRulesJsonContext.Default.AlertRuleDocument);

    private static StoredRule Read(TableEntity entity)
    {
        var json = entity.GetString("Json") ?? throw new InvalidOperationException($"Rule row {entity.RowKey} has no Json property.");
        var rule = JsonSerializer.Deserialize(json, AlertRulesJsonContext.Default.AlertRuleDocument)
            ?? throw new InvalidOperationException($"Rule row {entity.RowKey} holds an empty rule.");
        return new StoredRule(rule, entity.ETag) { RowKey = entity.RowKey };
    }

    private static TableEntity Write(AlertRuleDocument rule) => new(Partition, rule.Id!) { ["Json"] = ToJson(rule) };
}
