using System.Text.Json;
using Azure;
using Microsoft.AspNetCore.Http.HttpResults;
using Sentinel.Core.Alerts;
using Sentinel.Functions.Platform.State;
using Sentinel.Functions.Platform.Audit;
using Sentinel.Functions.Platform.Http;
using Sentinel.Functions.Platform.Errors;

namespace Sentinel.Functions.Alerting.Http;

/// <summary>
/// Rules as HTTP answers (<see cref="RuleFunctions"/>): <c>GET/POST /api/rules</c>, <c>GET/PUT/DELETE /api/rules/{id}</c>.
/// Responses carry the rule's <c>ETag</c>; PUT needs it back in <c>If-Match</c> (412 when it is stale, 428 when
/// absent), DELETE honours it when given. Every change is audited with the rule before and after.
/// </summary>
internal static class RuleEndpoints
{
    public static async Task<Ok<RuleListView>> ListAsync(RuleStore store, CancellationToken cancellationToken)
    {
        var rules = await store.ListAsync(cancellationToken);
        return TypedResults.Ok(new RuleListView(rules.OrderBy(r => r.Rule.Id, StringComparer.Ordinal).Select(r => ToJson(r.Rule)).ToList()));
    }

    public static async Task<Results<Ok<JsonElement>, ProblemHttpResult>> GetAsync(string id, RuleStore store, HttpResponse response, CancellationToken cancellationToken)
    {
        var stored = await store.FindAsync(id, cancellationToken);
        if (stored is null)
        {
            return Problems.NotFound($"There is no rule {id}.");
        }

        response.Headers.ETag = stored.ETag.ToString();
        return TypedResults.Ok(ToJson(stored.Rule));
    }

    public static async Task<Results<Created<JsonElement>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        HttpContext context, RuleStore store, AuditLog audit, CancellationToken cancellationToken)
    {
        var (rule, errors) = await RuleBody.ReadAsync(context.Request, null, cancellationToken);
        if (rule is null)
        {
            return Problems.Invalid("The rule is not valid.", errors);
        }

        StoredRule stored;
        try
        {
            stored = await store.AddAsync(rule, cancellationToken);
        }
        catch (RequestFailedException e) when (e.IsConcurrencyConflict())
        {
            return Problems.Conflict($"A rule with id {rule.Id} already exists; update it with PUT /api/rules/{rule.Id}.");
        }

        await audit.WriteAsync(Caller.Of(context), "rule.create", "rule/" + rule.Id, null, RuleStore.ToJson(rule), cancellationToken);
        context.Response.Headers.ETag = stored.ETag.ToString();
        return TypedResults.Created("/api/rules/" + rule.Id, ToJson(rule));
    }

    public static async Task<Results<Ok<JsonElement>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        string id, HttpContext context, RuleStore store, AuditLog audit, CancellationToken cancellationToken)
    {
        var ifMatch = context.Request.Headers.IfMatch.FirstOrDefault();
        if (string.IsNullOrWhiteSpace(ifMatch))
        {
            return Problems.PreconditionRequired("Send the rule's ETag (from GET /api/rules/{id}) in If-Match.");
        }

        var (rule, errors) = await RuleBody.ReadAsync(context.Request, id, cancellationToken);
        if (rule is null)
        {
            return Problems.Invalid("The rule is not valid.", errors);
        }

        var existing = await store.FindAsync(id, cancellationToken);
        if (existing is null)
        {
            return Problems.NotFound($"There is no rule {id}; create it with POST /api/rules.");
        }

        StoredRule stored;
        try
        {
            stored = await store.ReplaceAsync(rule, new ETag(ifMatch), cancellationToken);
        }
        catch (RequestFailedException e) when (e.IsConcurrencyConflict())
        {
            return Problems.PreconditionFailed($"Rule {id} was changed since that ETag was read; GET it again and reapply your change.");
        }

        await audit.WriteAsync(Caller.Of(context), "rule.update", "rule/" + id, RuleStore.ToJson(existing.Rule), RuleStore.ToJson(rule), cancellationToken);
        context.Response.Headers.ETag = stored.ETag.ToString();
        return TypedResults.Ok(ToJson(rule));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(string id, HttpContext context, RuleStore store, AuditLog audit, CancellationToken cancellationToken)
    {
        var existing = await store.FindAsync(id, cancellationToken);
        if (existing is null)
        {
            return Problems.NotFound($"There is no rule {id}.");
        }

        var ifMatch = context.Request.Headers.IfMatch.FirstOrDefault();
        try
        {
            if (!await store.DeleteAsync(id, string.IsNullOrWhiteSpace(ifMatch) ? existing.ETag : new ETag(ifMatch), cancellationToken))
            {
                return Problems.NotFound($"There is no rule {id}.");
            }
        }
        catch (RequestFailedException e) when (e.IsConcurrencyConflict())
        {
            return Problems.PreconditionFailed($"Rule {id} was changed since that ETag was read.");
        }

        await audit.WriteAsync(Caller.Of(context), "rule.delete", "rule/" + id, RuleStore.ToJson(existing.Rule), null, cancellationToken);
        return TypedResults.NoContent();
    }

    private static JsonElement ToJson(AlertRuleDocument rule) =>
        JsonSerializer.SerializeToElement(rule, AlertRulesJsonContext.Default.AlertRuleDocument);
}
