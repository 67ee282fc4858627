namespace Bitget.Client.Credentials;

/// <summary>
/// Supplies the credentials to sign with. Implementations may cache (e.g. Key Vault with a TTL);
/// the client calls <see cref="Invalidate"/> after an authentication error so a rotated key is re-read.
/// </summary>
public interface IBitgetCredentialsProvider
{
    /// <summary>The credentials to sign the next request with.</summary>
    ValueTask<BitgetCredentials> GetAsync(CancellationToken cancellationToken = default);

    /// <summary>Drops any cached credentials; the next <see cref="GetAsync"/> reads them again.</summary>
    void Invalidate();
}
