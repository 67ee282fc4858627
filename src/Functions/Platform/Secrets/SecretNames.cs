namespace Sentinel.Functions.Platform.Secrets;

/// <summary>The fixed secret names in Key Vault; locally the configuration keys are <c>Secrets__&lt;name&gt;</c>.</summary>
internal static class SecretNames
{
    public const string BitgetApiKey = "bitget-api-key";
    public const string BitgetApiSecret = "bitget-api-secret";
    public const string BitgetApiPassphrase = "bitget-api-passphrase";
    public const string TeamsWebhookUrl = "teams-webhook-url";
    public const string WebhookUrl = "webhook-url";
    public const string WebhookSigningKey = "webhook-signing-key";

    public static IReadOnlyList<string> All { get; } =
        [BitgetApiKey, BitgetApiSecret, BitgetApiPassphrase, TeamsWebhookUrl, WebhookUrl, WebhookSigningKey];

    public static IReadOnlyList<string> Bitget { get; } = [BitgetApiKey, BitgetApiSecret, BitgetApiPassphrase];
}
