namespace Bitget.Client.Credentials;

/// <summary>An API key with its secret and passphrase. Never printed: <see cref="ToString"/> shows the key's last characters only.</summary>
/// <param name="ApiKey">The API key (sent as <c>ACCESS-KEY</c>).</param>
/// <param name="Secret">The HMAC secret; used to sign, never sent.</param>
/// <param name="Passphrase">The passphrase chosen when the key was created (sent as <c>ACCESS-PASSPHRASE</c>).</param>
public sealed record BitgetCredentials(string ApiKey, string Secret, string Passphrase)
{
    /// <summary>A redacted description, safe for logs.</summary>
    public override string ToString() =>
        $"BitgetCredentials {{ ApiKey = …{(ApiKey.Length > 4 ? ApiKey[^4..] : string.Empty)}, Secret = ***, Passphrase = *** }}";
}
