using System.Text;
using System.Text.Json;
using Sentinel.Core.Alerts;

namespace Sentinel.Functions.Alerting.Http;

/// <summary>Reads one rule from a request body with the rule file's strict JSON rules (unknown properties are errors) and validates it.</summary>
internal static class RuleBody
{
    private const int MaxBytes = 64 * 1024;

    public static async Task<(AlertRuleDocument? Rule, IReadOnlyList<FieldError> Errors)> ReadAsync(HttpRequest request, string? routeId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length > MaxBytes)
        {
            return (null, [new FieldError("$", $"is larger than {MaxBytes} bytes.")]);
        }

        AlertRuleDocument? rule;
        try
        {
            rule = JsonSerializer.Deserialize(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length), AlertRulesJsonContext.Default.AlertRuleDocument);
        }
        catch (JsonException exception)
        {
            var path = string.IsNullOrEmpty(exception.Path) || exception.Path == "$" ? "$" : exception.Path.TrimStart('$', '.');
            return (null, [new FieldError(path, "is not valid JSON for a rule.")]);
        }

        if (rule is null)
        {
            return (null, [new FieldError("$", "a rule object is required.")]);
        }

        if (routeId is not null)
        {
            if (rule.Id is not null && !string.Equals(rule.Id, routeId, StringComparison.Ordinal))
            {
                return (null, [new FieldError("id", $"must match the rule in the URL ({routeId}); rules cannot be renamed.")]);
            }

            rule = rule with { Id = routeId };
        }

        var errors = AlertRuleValidator.Validate(rule);
        return errors.Count == 0 ? (rule, []) : (null, errors);
    }
}
