using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Sentinel.Core.Alerts;
using Sentinel.Functions.Platform.Audit;
using Sentinel.Functions.Platform.Http;
using Sentinel.Functions.Platform.Errors;

namespace Sentinel.Functions.Alerting.Http;

/// <summary>
/// Silences as HTTP answers (<see cref="SilenceFunctions"/>): <c>POST /api/silences</c>, <c>GET /api/silences[?all=true]</c>,
/// <c>DELETE /api/silences/{id}</c>. A silence mutes notifications for a rule, a symbol or both until it expires
/// (at most 30 days); evaluation continues. Changes are audited.
/// </summary>
internal static partial class SilenceEndpoints
{
    public static readonly TimeSpan MaxDuration = TimeSpan.FromDays(30);

    public static async Task<Ok<SilenceListView>> ListAsync(bool? all, SilenceStore store, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var silences = (await store.LoadAllAsync(cancellationToken))
            .Where(s => all == true || now < s.ExpiresAt)
            .OrderBy(s => s.ExpiresAt)
            .Select(s => SilenceView.From(s, now))
            .ToList();
        return TypedResults.Ok(new SilenceListView(silences));
    }

    public static async Task<Results<Created<SilenceView>, ValidationProblem>> CreateAsync(
        SilenceRequest request, HttpContext context, SilenceStore store, AuditLog audit, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var errors = Validate(request, now, out var expiresAt);
        if (errors.Count > 0)
        {
            return Problems.Invalid("The silence is not valid.", errors);
        }

        var who = Caller.Of(context);
        var silence = new Silence(Guid.NewGuid().ToString("N"), request.RuleId, request.Symbol?.ToUpperInvariant(), expiresAt, who, request.Comment);
        await store.AddAsync(silence, cancellationToken);
        await audit.WriteAsync(who, "silence.create", "silence/" + silence.Id, null, Describe(silence), cancellationToken);
        return TypedResults.Created("/api/silences/" + silence.Id, SilenceView.From(silence, now));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(string id, HttpContext context, SilenceStore store, AuditLog audit, CancellationToken cancellationToken)
    {
        if (!IdPattern().IsMatch(id) || !await store.DeleteAsync(id, cancellationToken))
        {
            return Problems.NotFound($"There is no silence {id}.");
        }

        await audit.WriteAsync(Caller.Of(context), "silence.delete", "silence/" + id, id, null, cancellationToken);
        return TypedResults.NoContent();
    }

    private static List<FieldError> Validate(SilenceRequest request, DateTimeOffset now, out DateTimeOffset expiresAt)
    {
        var errors = new List<FieldError>();
        expiresAt = request.ExpiresAt ?? now + TimeSpan.FromMinutes(Math.Clamp(request.DurationMinutes ?? 0, -1, (int)MaxDuration.TotalMinutes + 1));
        if (request.RuleId is null && request.Symbol is null)
        {
            errors.Add(new("ruleId", "a silence needs a ruleId, a symbol, or both."));
        }

        if (request.RuleId is not null && !RuleIdPattern().IsMatch(request.RuleId))
        {
            errors.Add(new("ruleId", "must be a rule id (1-64 letters, digits, '-', '_' or '.')."));
        }

        if (request.Symbol is not null && !SymbolPattern().IsMatch(request.Symbol))
        {
            errors.Add(new("symbol", "must be a contract symbol such as BTCUSDT."));
        }

        if ((request.ExpiresAt is null) == (request.DurationMinutes is null))
        {
            errors.Add(new("expiresAt", "give exactly one of expiresAt or durationMinutes."));
        }
        else if (expiresAt <= now || expiresAt - now > MaxDuration)
        {
            errors.Add(new(request.ExpiresAt is null ? "durationMinutes" : "expiresAt", "must end in the future and within 30 days."));
        }

        if (request.Comment is { Length: > 500 })
        {
            errors.Add(new("comment", "must be at most 500 characters."));
        }

        return errors;
    }

    private static string Describe(Silence s) =>
        $"rule={s.RuleId ?? "*"} symbol={s.Symbol ?? "*"} until={s.ExpiresAt:O} comment={s.Comment}";

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[A-Za-z0-9_.-]{1,64}$")]
    private static partial Regex RuleIdPattern();

    [GeneratedRegex("^[A-Za-z0-9]{1,40}$")]
    private static partial Regex SymbolPattern();
}
