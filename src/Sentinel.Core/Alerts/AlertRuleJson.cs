using System.Text.Json;

namespace Sentinel.Core.Alerts;

/// <summary>Reads and writes rule JSON with the source-generated context; malformed JSON becomes a field error.</summary>
internal static class AlertRuleJson
{
    public static (AlertRuleSetDocument? Document, IReadOnlyList<FieldError> Errors) Parse(string json)
    {
        AlertRuleSetDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(json, AlertRulesJsonContext.Default.AlertRuleSetDocument);
        }
        catch (JsonException exception)
        {
            return (null, [new FieldError(ToFieldPath(exception.Path), "is not valid JSON for a rule set: " + FirstSentence(exception.Message))]);
        }

        if (document is null)
        {
            return (null, [new FieldError("rules", "is required.")]);
        }

        var errors = AlertRuleValidator.Validate(document);
        return (errors.Count == 0 ? document : null, errors);
    }

    /// <summary>Parses, validates and compiles; throws <see cref="AlertRuleValidationException"/> with every error.</summary>
    public static CompiledRuleSet Load(string json, SymbolTable? symbols = null)
    {
        var (document, errors) = Parse(json);
        return document is null ? throw new AlertRuleValidationException(errors) : CompiledRuleSet.Compile(document, symbols);
    }

    public static string Write(AlertRuleSetDocument document) =>
        JsonSerializer.Serialize(document, AlertRulesJsonContext.Default.AlertRuleSetDocument);

    private static string ToFieldPath(string? jsonPath) =>
        string.IsNullOrEmpty(jsonPath) || jsonPath == "$" ? "$" : jsonPath.TrimStart('$', '.');

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }
}
