namespace Bitget.Client.Credentials;

/// <summary>Credentials fixed at construction, for scripts and tests.</summary>
internal sealed class StaticCredentialsProvider(BitgetCredentials credentials) : IBitgetCredentialsProvider
{
    /// <inheritdoc />
    public ValueTask<BitgetCredentials> GetAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(credentials);

    /// <inheritdoc />
    public void Invalidate()
    {
    }
}
