using Bitget.Client.Credentials;

namespace Sentinel.Functions.Platform.Secrets;

/// <summary>
/// Bitget credentials from the three fixed secrets (Key Vault, or configuration locally). The Bitget
/// client calls <see cref="Invalidate"/> after an authentication error, so a rotated key is read again
/// without a restart.
/// </summary>
internal sealed class KeyVaultBitgetCredentialsProvider(ISecretProvider secrets) : IBitgetCredentialsProvider
{
    public async ValueTask<BitgetCredentials> GetAsync(CancellationToken cancellationToken = default)
    {
        var apiKey = await secrets.GetAsync(SecretNames.BitgetApiKey, cancellationToken).ConfigureAwait(false);
        var secret = await secrets.GetAsync(SecretNames.BitgetApiSecret, cancellationToken).ConfigureAwait(false);
        var passphrase = await secrets.GetAsync(SecretNames.BitgetApiPassphrase, cancellationToken).ConfigureAwait(false);
        return new BitgetCredentials(apiKey, secret, passphrase);
    }

    public void Invalidate()
    {
        foreach (var name in SecretNames.Bitget)
        {
            secrets.Invalidate(name);
        }
    }
}
