namespace Sentinel.Functions.Hosting.Declarations;

/// <summary>The Azure Functions <c>authLevel</c> of an HTTP function.</summary>
public enum AuthLevel
{
    /// <summary>No key needed.</summary>
    Anonymous,

    /// <summary>A function key (or the host's master key) is needed.</summary>
    Function,

    /// <summary>Only the master key is accepted by the Functions host.</summary>
    Admin,
}
