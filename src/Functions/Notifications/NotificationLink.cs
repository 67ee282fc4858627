namespace Sentinel.Functions.Notifications;

/// <summary>A link shown as a button on a card and listed in a webhook body.</summary>
public sealed record NotificationLink(string Title, Uri Url);
