using Microsoft.AspNetCore.Http.HttpResults;
using Sentinel.Core.Alerts;
using Sentinel.Functions.Platform.Audit;
using Sentinel.Functions.Platform.Http;
using Sentinel.Functions.Platform.Errors;

namespace Sentinel.Functions.Alerting.Http;

/// <summary>
/// Alerts as HTTP answers (<see cref="AlertFunctions"/>): <c>GET /api/alerts</c> lists firing, pending and recently resolved
/// alerts (filters <c>status</c>, <c>rule</c>, <c>symbol</c>, <c>severity</c>); <c>POST /api/alerts/{id}/ack</c>
/// acknowledges a firing alert, which stops reminders until it resolves.
/// </summary>
internal static class AlertEndpoints
{
    /// <summary>How long a resolved alert stays in the default listing.</summary>
    public static readonly TimeSpan RecentWindow = TimeSpan.FromHours(24);

    public static async Task<Results<Ok<AlertListView>, ValidationProblem>> ListAsync(
        string? status, string? rule, string? symbol, string? severity, AlertStateStore states, RuleStore rules, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        AlertStatus? wanted = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (!Enum.TryParse<AlertStatus>(status, ignoreCase: true, out var parsed) || parsed == AlertStatus.Ok)
            {
                return Problems.Invalid("Bad filter.", [new FieldError("status", "must be one of firing, pending, resolved.")]);
            }

            wanted = parsed;
        }

        var severities = (await rules.ListAsync(cancellationToken)).ToDictionary(r => r.Rule.Id!, r => r.Rule.Severity ?? "warning", StringComparer.Ordinal);
        var since = timeProvider.GetUtcNow() - RecentWindow;
        var alerts = (await states.LoadAllAsync(cancellationToken))
            .Select(s => s.State)
            .Where(s => s.Status is AlertStatus.Firing or AlertStatus.Pending || (s.Status == AlertStatus.Resolved && s.ResolvedAt >= since))
            .Where(s => wanted is null || s.Status == wanted)
            .Where(s => rule is null || string.Equals(s.RuleId, rule, StringComparison.Ordinal))
            .Where(s => symbol is null || string.Equals(AlertView.SymbolOf(s.SubjectKey), symbol, StringComparison.OrdinalIgnoreCase))
            .Select(s => AlertView.From(s, severities.GetValueOrDefault(s.RuleId)))
            .Where(v => severity is null || string.Equals(v.Severity, severity, StringComparison.OrdinalIgnoreCase))
            .OrderBy(v => v.Status switch { "firing" => 0, "pending" => 1, _ => 2 })
            .ThenByDescending(v => v.ChangedAt)
            .ToList();
        return TypedResults.Ok(new AlertListView(alerts));
    }

    public static async Task<Results<Ok<AlertView>, ProblemHttpResult>> AcknowledgeAsync(
        string id, HttpContext context, AlertStateStore states, AuditLog audit, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        if (!AlertView.TryParseId(id, out var ruleId, out var subjectKey))
        {
            return Problems.NotFound($"{id} is not an alert id (rule~subject, as GET /api/alerts lists them).");
        }

        var who = Caller.Of(context);
        var outcome = await states.AcknowledgeAsync(ruleId, subjectKey, who, timeProvider.GetUtcNow(), cancellationToken);
        if (outcome.Before is null)
        {
            return Problems.NotFound($"There is no alert {id}.");
        }

        if (outcome.After is null)
        {
            return Problems.Conflict($"Alert {id} is {outcome.Before.Status.ToString().ToLowerInvariant()}; only a firing alert can be acknowledged.");
        }

        await audit.WriteAsync(who, "alert.ack", "alert/" + id, outcome.Before.Status.ToString(), "acknowledged", cancellationToken);
        return TypedResults.Ok(AlertView.From(outcome.After, null));
    }
}
