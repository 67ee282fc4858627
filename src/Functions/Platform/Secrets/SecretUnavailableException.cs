namespace Sentinel.Functions.Platform.Secrets;

/// <summary>A secret could not be read (access denied, vault unreachable, no identity). Names the secret, never a value.</summary>
internal sealed class SecretUnavailableException : Exception
{
    public SecretUnavailableException()
    {
    }

    public SecretUnavailableException(string message)
        : base(message)
    {
    }

    public SecretUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SecretUnavailableException(string secretName, string source, int status, string reason, Exception? innerException = null)
        : base($"Secret '{secretName}' could not be read from {source}: {(status > 0 ? $"{status} " : string.Empty)}{reason}.", innerException)
    {
        SecretName = secretName;
        Status = status;
    }

    public string SecretName { get; } = string.Empty;

    /// <summary>The vault's HTTP status, 0 when no answer came (e.g. no token).</summary>
    public int Status { get; }
}
