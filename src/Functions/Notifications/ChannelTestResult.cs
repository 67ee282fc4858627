namespace Sentinel.Functions.Notifications;

/// <summary>One channel's answer to <c>POST /api/notifications/test</c>; <see cref="Outcome"/> is <c>delivered</c>, <c>retryable_failure</c>, <c>permanent_failure</c> or <c>not_configured</c>.</summary>
internal sealed record ChannelTestResult(string Channel, string Outcome, int? StatusCode, string Reason);
