using Sentinel.Core.Alerts;

namespace Sentinel.Functions.Alerting;

/// <summary>What an acknowledgement found (<paramref name="Before"/>, null when unknown) and stored (<paramref name="After"/>, null when nothing changed).</summary>
public sealed record AckOutcome(AlertState? Before, AlertState? After);
