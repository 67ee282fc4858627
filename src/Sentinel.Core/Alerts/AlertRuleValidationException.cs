namespace Sentinel.Core.Alerts;

/// <summary>Thrown when rules that failed validation are compiled; carries every field error.</summary>
internal sealed class AlertRuleValidationException : Exception
{
    public AlertRuleValidationException()
        : this([])
    {
    }

    public AlertRuleValidationException(string message)
        : base(message)
    {
        Errors = [];
    }

    public AlertRuleValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    public AlertRuleValidationException(IReadOnlyList<FieldError> errors)
        : base($"Alert rules are invalid ({errors?.Count ?? 0} error(s)): " + string.Join("; ", (errors ?? []).Select(e => $"{e.Field}: {e.Message}")))
    {
        Errors = errors ?? [];
    }

    public IReadOnlyList<FieldError> Errors { get; }
}
