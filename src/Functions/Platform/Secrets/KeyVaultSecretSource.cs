using Azure;
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;

namespace Sentinel.Functions.Platform.Secrets;

/// <summary>Reads the latest version of a secret with the Key Vault SDK's <see cref="SecretClient"/> (GET /secrets/{name}).</summary>
internal sealed class KeyVaultSecretSource(SecretClient client) : ISecretSource
{
    public string Description => $"Key Vault {client.VaultUri}";

    public async Task<string?> ReadAsync(string name, CancellationToken cancellationToken = default)
    {
        try
        {
            var response = await client.GetSecretAsync(name, version: null, cancellationToken).ConfigureAwait(false);
            return response.Value.Value;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
        catch (RequestFailedException e)
        {
            throw new SecretUnavailableException(name, Description, e.Status, e.ErrorCode ?? "request failed", e);
        }
        catch (AuthenticationFailedException e)
        {
            throw new SecretUnavailableException(name, Description, 0, "no token for the app's identity", e);
        }
    }
}
