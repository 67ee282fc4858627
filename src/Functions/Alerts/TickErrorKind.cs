namespace Sentinel.Functions.Alerts;

/// <summary>Why the last monitoring tick failed, as far as health rules care.</summary>
public enum TickErrorKind
{
    None,
    Unreachable,
    Auth,
    Other,
}
