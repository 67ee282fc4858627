namespace Sentinel.Functions.Mitigation;

/// <summary>Where an order intent stands. <see cref="Sent"/> and <see cref="Unknown"/> are unresolved: looked up before anything else.</summary>
public enum IntentStatus
{
    /// <summary>Written before sending; still so if the process died while sending.</summary>
    Sent,

    /// <summary>Sending ended without proof either way.</summary>
    Unknown,

    Placed,

    Filled,

    /// <summary>Proven not done (refused, or looked up and not there): the step may be tried again.</summary>
    NotPlaced,
}
