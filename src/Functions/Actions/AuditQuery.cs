using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Sentinel.Core.Alerts;
using Sentinel.Functions.Mitigation;

namespace Sentinel.Functions.Actions;

/// <summary>
/// <c>GET /api/audit</c>: the audit table newest first, filtered by time range (<c>from</c>, <c>to</c>; default the
/// last 24 h, at most 31 days), <c>symbol</c>, <c>rule</c>, <c>kind</c> (the step: close, reduce, stop_loss,
/// cancel_orders, flatten_all, or killswitch/mode) and <c>outcome</c> (the guard's decision, or refused/done/…),
/// <c>limit</c> rows a page (1–200, default 50). The filters run in the Table service; a page ends with an opaque
/// <c>continuation</c> token (the day and the service's own token) until nothing is left.
/// </summary>
public sealed class AuditQuery(RiskTables tables, TimeProvider timeProvider)
{
    private static readonly TimeSpan MaxRange = TimeSpan.FromDays(31);

    public async Task<ActionReply> QueryAsync(IQueryCollection query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var errors = new List<FieldError>();
        var to = Time(query, "to", errors) ?? timeProvider.GetUtcNow();
        var from = Time(query, "from", errors) ?? to.AddDays(-1);
        var limit = query.TryGetValue("limit", out var text) ? int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 200 ? n : Error(errors, "limit", "must be 1 to 200.") : 50;
        if (from > to || to - from > MaxRange)
        {
            errors.Add(new("from", "must be before to, at most 31 days apart."));
        }

        var (day, serviceToken) = Continuation(query, to, errors);
        if (errors.Count > 0)
        {
            return ActionReply.Invalid(errors);
        }

        var table = await tables.GetAsync(RiskTables.Audit, cancellationToken).ConfigureAwait(false);
        var rows = new JsonArray();
        var last = DateOnly.FromDateTime(from.UtcDateTime);
        string? next = null;
        for (; day >= last && rows.Count < limit; day = day.AddDays(-1), serviceToken = null)
        {
            var filter = Filter(query, day, from, to);
            await foreach (var page in table.QueryAsync<TableEntity>(filter, maxPerPage: limit - rows.Count, cancellationToken: cancellationToken).AsPages(serviceToken, limit - rows.Count).ConfigureAwait(false))
            {
                foreach (var row in page.Values)
                {
                    rows.Add(View(row));
                }

                if (rows.Count >= limit)
                {
                    next = page.ContinuationToken is { } more ? Token(day, more) : day > last ? Token(day.AddDays(-1), null) : null;
                    break;
                }
            }
        }

        return ActionReply.Ok(new JsonObject { ["from"] = from, ["to"] = to, ["rows"] = rows, ["continuation"] = next });
    }

    private static string Filter(IQueryCollection query, DateOnly day, DateTimeOffset from, DateTimeOffset to)
    {
        var partition = day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var parts = new List<string> { TableClient.CreateQueryFilter($"PartitionKey eq {partition} and At ge {from} and At le {to}") };
        if (query["symbol"].FirstOrDefault()?.ToUpperInvariant() is { Length: > 0 } symbol)
        {
            parts.Add(TableClient.CreateQueryFilter($"(Target eq {symbol} or (Target ge {symbol + ":"} and Target lt {symbol + ";"}))"));
        }

        if (query["rule"].FirstOrDefault() is { Length: > 0 } rule)
        {
            parts.Add(TableClient.CreateQueryFilter($"RuleId eq {rule}"));
        }

        if (query["kind"].FirstOrDefault() is { Length: > 0 } kind)
        {
            parts.Add(TableClient.CreateQueryFilter($"(Step eq {kind} or Kind eq {kind})"));
        }

        if (query["outcome"].FirstOrDefault() is { Length: > 0 } outcome)
        {
            parts.Add(TableClient.CreateQueryFilter($"(Action eq {MitigationAuditStore.ActionPrefix + outcome} or Outcome eq {outcome})"));
        }

        return string.Join(" and ", parts);
    }

    private static JsonObject View(TableEntity row)
    {
        var action = row.GetString("Action") ?? string.Empty;
        var guard = action.StartsWith(MitigationAuditStore.ActionPrefix, StringComparison.Ordinal);
        return new JsonObject
        {
            ["at"] = row.GetDateTimeOffset("At"),
            ["who"] = row.GetString("Who"),
            ["action"] = action,
            ["target"] = row.GetString("Target"),
            ["rule"] = row.GetString("RuleId"),
            ["kind"] = row.GetString("Step") ?? row.GetString("Kind"),
            ["outcome"] = guard ? action[MitigationAuditStore.ActionPrefix.Length..] : row.GetString("Outcome"),
            ["reason"] = row.GetString("Reason"),
            ["mode"] = row.GetString("Mode"),
            ["size"] = row.GetString("Size"),
            ["clientOid"] = row.GetString("ClientOid"),
            ["orderIds"] = row.GetString("OrderIds"),
            ["overrides"] = row.GetString("Overrides"),
            ["before"] = row.GetString("Before"),
            ["after"] = row.GetString("After"),
        };
    }

    private static DateTimeOffset? Time(IQueryCollection query, string name, List<FieldError> errors)
    {
        if (query[name].FirstOrDefault() is not { Length: > 0 } text)
        {
            return null;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            return time.ToUniversalTime();
        }

        errors.Add(new(name, "must be an ISO 8601 time, e.g. 2026-03-02T10:00:00Z."));
        return null;
    }

    private static (DateOnly Day, string? ServiceToken) Continuation(IQueryCollection query, DateTimeOffset to, List<FieldError> errors)
    {
        var start = DateOnly.FromDateTime(to.UtcDateTime);
        if (query["continuation"].FirstOrDefault() is not { Length: > 0 } token)
        {
            return (start, null);
        }

        try
        {
            var json = JsonNode.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(token))) as JsonObject;
            var day = json?["day"]?.GetValue<string>() ?? throw new FormatException("The token names no day.");
            return (DateOnly.ParseExact(day, "yyyyMMdd", CultureInfo.InvariantCulture), json!["token"]?.GetValue<string>());
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException)
        {
            errors.Add(new("continuation", "is not a token this endpoint gave out."));
            return (start, null);
        }
    }

    private static string Token(DateOnly day, string? serviceToken) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(new JsonObject { ["day"] = day.ToString("yyyyMMdd", CultureInfo.InvariantCulture), ["token"] = serviceToken }.ToJsonString()));

    private static int Error(List<FieldError> errors, string field, string message)
    {
        errors.Add(new(field, message));
        return 50;
    }
}
