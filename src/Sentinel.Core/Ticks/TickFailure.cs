namespace Sentinel.Core.Ticks;

/// <summary>A recorded exchange failure: its kind and a message safe to show (no credentials, no signatures).</summary>
public sealed record TickFailure(TickFailureKind Kind, string Message);
