namespace Sentinel.Functions.Notifications;

/// <summary>The body of <c>POST /api/notifications/test</c>.</summary>
internal sealed record NotificationTestView(string IdempotencyKey, IReadOnlyList<ChannelTestResult> Channels);
