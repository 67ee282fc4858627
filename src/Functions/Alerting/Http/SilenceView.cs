using Sentinel.Core.Alerts;

namespace Sentinel.Functions.Alerting.Http;

/// <summary>One silence as the API shows it.</summary>
internal sealed record SilenceView(string Id, string? RuleId, string? Symbol, DateTimeOffset ExpiresAt, bool Active, string? CreatedBy, string? Comment)
{
    public static SilenceView From(Silence silence, DateTimeOffset now) =>
        new(silence.Id, silence.RuleId, silence.Symbol, silence.ExpiresAt, now < silence.ExpiresAt, silence.CreatedBy, silence.Comment);
}
