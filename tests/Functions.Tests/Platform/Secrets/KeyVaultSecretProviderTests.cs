using System.Net;
using Azure.Core.Pipeline;
using Azure.Security.KeyVault.Secrets;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Sentinel.Functions.Platform.Secrets;

namespace Functions.Tests.Platform.Secrets;

/// <summary>The real SecretClient against a local HTTPS stand-in of Key Vault, through our provider.</summary>
public sealed class KeyVaultSecretProviderTests : IAsyncLifetime
{
    private static readonly TimeSpan Ttl = TimeSpan.FromMinutes(5);
    private readonly FakeTimeProvider _clock = new();
    private readonly StandInTokenCredential _credential = new();
    private readonly ListLogger<CachingSecretProvider> _logger = new();
    private KeyVaultStandIn _vault = null!;

    public async Task InitializeAsync() => _vault = await KeyVaultStandIn.StartAsync();

    public async Task DisposeAsync() => await _vault.DisposeAsync();

    [Fact]
    public async Task Get_ReadsTheValue_AfterTheBearerChallenge()
    {
        _vault.Set(SecretNames.BitgetApiKey, "bg_live_key_123");
        var secrets = CreateSut();

        var value = await secrets.GetAsync(SecretNames.BitgetApiKey);

        Assert.Equal("bg_live_key_123", value);
        Assert.Equal(1, _vault.Challenges);
        Assert.Contains(_credential.Requests, r => r.Scopes.SequenceEqual(["https://vault.azure.net/.default"]) && r.TenantId == KeyVaultStandIn.Tenant);
    }

    [Fact]
    public async Task Get_WithinTheTtl_IsServedFromTheCache()
    {
        _vault.Set(SecretNames.BitgetApiSecret, "s3cr3t-value");
        var secrets = CreateSut();

        await secrets.GetAsync(SecretNames.BitgetApiSecret);
        _clock.Advance(Ttl - TimeSpan.FromSeconds(1));
        var again = await secrets.GetAsync(SecretNames.BitgetApiSecret);

        Assert.Equal("s3cr3t-value", again);
        Assert.Equal(1, _vault.Reads(SecretNames.BitgetApiSecret));
    }

    [Fact]
    public async Task Get_AfterTheTtl_ReadsTheRotatedValue()
    {
        _vault.Set(SecretNames.BitgetApiSecret, "old-secret");
        var secrets = CreateSut();
        await secrets.GetAsync(SecretNames.BitgetApiSecret);

        _vault.Set(SecretNames.BitgetApiSecret, "new-secret");
        var beforeExpiry = await secrets.GetAsync(SecretNames.BitgetApiSecret);
        _clock.Advance(Ttl);
        var afterExpiry = await secrets.GetAsync(SecretNames.BitgetApiSecret);

        Assert.Equal(("old-secret", "new-secret"), (beforeExpiry, afterExpiry));
        Assert.Equal(2, _vault.Reads(SecretNames.BitgetApiSecret));
    }

    [Fact]
    public async Task BitgetCredentials_InvalidateAfterAuthError_ReadsRotatedKeyWithoutWaitingForTheTtl()
    {
        _vault.Set(SecretNames.BitgetApiKey, "key-v1");
        _vault.Set(SecretNames.BitgetApiSecret, "secret-v1");
        _vault.Set(SecretNames.BitgetApiPassphrase, "pass-v1");
        var credentials = new KeyVaultBitgetCredentialsProvider(CreateSut());
        var first = await credentials.GetAsync();

        _vault.Set(SecretNames.BitgetApiKey, "key-v2");
        _vault.Set(SecretNames.BitgetApiSecret, "secret-v2");
        _vault.Set(SecretNames.BitgetApiPassphrase, "pass-v2");
        var stillCached = await credentials.GetAsync();
        credentials.Invalidate();
        var rotated = await credentials.GetAsync();

        Assert.Equal(("key-v1", "secret-v1", "pass-v1"), (first.ApiKey, first.Secret, first.Passphrase));
        Assert.Equal("key-v1", stillCached.ApiKey);
        Assert.Equal(("key-v2", "secret-v2", "pass-v2"), (rotated.ApiKey, rotated.Secret, rotated.Passphrase));
        Assert.DoesNotContain("secret-v2", rotated.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_MissingSecret_ThrowsNamingTheSecretAndTheVault()
    {
        var secrets = CreateSut();

        var error = await Assert.ThrowsAsync<SecretNotFoundException>(() => secrets.GetAsync(SecretNames.WebhookSigningKey).AsTask());
        var optional = await secrets.GetIfExistsAsync(SecretNames.TeamsWebhookUrl);

        Assert.Equal(SecretNames.WebhookSigningKey, error.SecretName);
        Assert.Contains("webhook-signing-key", error.Message, StringComparison.Ordinal);
        Assert.Contains(_vault.VaultUri.ToString(), error.Message, StringComparison.Ordinal);
        Assert.Null(optional);
    }

    [Fact]
    public async Task Get_AccessDenied_ThrowsUnavailableWithStatus_AndNothingSecretInMessagesOrLogs()
    {
        _vault.Set(SecretNames.BitgetApiKey, "visible-only-in-vault-KEY");
        _vault.Set(SecretNames.BitgetApiPassphrase, "visible-only-in-vault-PASS");
        _vault.FailWith(SecretNames.BitgetApiSecret, HttpStatusCode.Forbidden);
        var secrets = CreateSut();

        await secrets.GetAsync(SecretNames.BitgetApiKey);
        await secrets.GetAsync(SecretNames.BitgetApiPassphrase);
        secrets.Invalidate(SecretNames.BitgetApiKey);
        var error = await Assert.ThrowsAsync<SecretUnavailableException>(() => secrets.GetAsync(SecretNames.BitgetApiSecret).AsTask());

        Assert.Equal(403, error.Status);
        Assert.Contains("bitget-api-secret", error.Message, StringComparison.Ordinal);
        var everything = string.Join('\n', _logger.Lines) + error + secrets;
        Assert.NotEmpty(_logger.Lines);
        Assert.DoesNotContain("visible-only-in-vault", everything, StringComparison.Ordinal);
        Assert.DoesNotContain(KeyVaultStandIn.Token, everything, StringComparison.Ordinal);
    }

    private CachingSecretProvider CreateSut()
    {
        var transport = new HttpClientTransport(new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, certificate, _, _) => certificate?.Thumbprint == _vault.Certificate.Thumbprint,
        });
        var client = new SecretClient(_vault.VaultUri, _credential, new SecretClientOptions
        {
            DisableChallengeResourceVerification = true,
            Transport = transport,
        });
        return new CachingSecretProvider(new KeyVaultSecretSource(client), Options.Create(new SecretsOptions { CacheTtl = Ttl }), _clock, _logger);
    }
}
