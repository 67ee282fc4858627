using System.Text.Json;
using Azure;
using Sentinel.Functions.Alerts;
using Sentinel.Functions.State;
using Sentinel.Functions.State.Tables;

namespace Sentinel.Functions.Alerting;

/// <summary>
/// Alert rules in the <c>rules</c> table: PartitionKey <c>rule</c>, RowKey = rule id, the rule as its JSON
/// document in <c>Json</c>. Updates and deletes are conditional on the caller's ETag.
/// </summary>
public sealed class RuleStore(TableServiceClient service)
{
    public const string Partition = "rule";
    private readonly TableClient _table = service.GetTableClient(StateTables.Rules);

    public async Task<IReadOnlyList<StoredRule>> ListAsync(CancellationToken cancellationToken = default)
    {
        var rules = new List<StoredRule>();
        await foreach (var entity in _table.QueryAsync(TableFilter.Create($"PartitionKey eq {Partition}"), cancellationToken: cancellationToken))
        {
            rules.Add(Read(entity));
        }

        return rules;
    }

    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken = default)
    {
        var page = await _table.GetPageAsync(TableFilter.Create($"PartitionKey eq {Partition}"), ["RowKey"], 1, null, cancellationToken);
        return page.Values.Count == 0;
    }

    public async Task<StoredRule?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        var entity = await _table.GetEntityIfExistsAsync(Partition, id, cancellationToken);
        return entity is null ? null : Read(entity);
    }

    /// <summary>Inserts a new rule; <see cref="TableConcurrencyException"/> when the id is taken.</summary>
    public async Task<StoredRule> AddAsync(AlertRuleDocument rule, CancellationToken cancellationToken = default)
    {
        var entity = Write(rule);
        var etag = await _table.AddEntityAsync(entity, cancellationToken);
        return new StoredRule(rule, etag);
    }

    /// <summary>Replaces a rule if it still has <paramref name="ifMatch"/>; <see cref="TableConcurrencyException"/> when not.</summary>
    public async Task<StoredRule> ReplaceAsync(AlertRuleDocument rule, ETag ifMatch, CancellationToken cancellationToken = default)
    {
        var etag = await _table.UpdateEntityAsync(Write(rule), ifMatch, TableUpdateMode.Replace, cancellationToken);
        return new StoredRule(rule, etag);
    }

    /// <summary>Deletes a rule if it still has <paramref name="ifMatch"/>; false when it did not exist.</summary>
    public Task<bool> DeleteAsync(string id, ETag ifMatch, CancellationToken cancellationToken = default) =>
        _table.DeleteEntityAsync(Partition, id, ifMatch, cancellationToken);

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
