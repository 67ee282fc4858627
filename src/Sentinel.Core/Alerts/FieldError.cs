namespace Sentinel.Core.Alerts;

/// <summary>One problem with one field, e.g. <c>rules[2].clear</c>; becomes an entry of a problem details' <c>errors</c>.</summary>
public sealed record FieldError(string Field, string Message);
