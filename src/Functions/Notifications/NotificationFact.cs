namespace Sentinel.Functions.Notifications;

/// <summary>One labelled value on a card or in a webhook body.</summary>
public sealed record NotificationFact(string Title, string Value);
