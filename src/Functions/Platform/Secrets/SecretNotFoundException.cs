namespace Sentinel.Functions.Platform.Secrets;

/// <summary>A required secret does not exist where the provider looks. Names the secret and the place, never a value.</summary>
internal sealed class SecretNotFoundException : Exception
{
    public SecretNotFoundException()
    {
    }

    public SecretNotFoundException(string message)
        : base(message)
    {
    }

    public SecretNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SecretNotFoundException(string secretName, string source)
        : base($"Secret '{secretName}' was not found in {source}.")
    {
        SecretName = secretName;
    }

    public string SecretName { get; } = string.Empty;
}
