using Bitget.Client.Errors;

namespace Bitget.Client.Exchange;

/// <summary>
/// Tells a key's account kind (BITGET-UTA-V3.md §1.2): GET /api/v3/account/settings succeeds → unified; <c>40084</c>
/// → classic, proven by one signed GET /api/v2/mix/account/accounts (the 40084 gate may not check the signature);
/// anything else → <see cref="AccountKindDetectionException"/>, never a guess. Public market data is the same for both
/// kinds and is never used to decide.
/// </summary>
internal sealed class AccountKindDetector
{
    private const string ClassicCode = "40084";
    private static readonly string[] Transitional = ["upgrading", "switching"];
    private readonly BitgetClient _client;
    private readonly ProductType _productType;

    /// <summary>Creates a detector using <paramref name="client"/>'s credentials; <paramref name="productType"/> scopes the classic proof call.</summary>
    public AccountKindDetector(BitgetClient client, ProductType productType = ProductType.UsdtFutures)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
        _productType = productType;
    }

    /// <summary>Probes the key; throws <see cref="AccountKindDetectionException"/> when the kind cannot be established.</summary>
    public async Task<AccountKind> DetectAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var settings = await _client.Unified.Account.GetSettingsAsync(cancellationToken).ConfigureAwait(false);
            if (settings.AccountMode is { } mode && Transitional.Contains(mode, StringComparer.OrdinalIgnoreCase))
            {
                throw new AccountKindDetectionException($"the account is {mode}; trading waits until the mode change completes", "/api/v3/account/settings", BitgetErrorKind.Maintenance);
            }

            return AccountKind.Unified;
        }
        catch (BitgetApiException ex) when (ex.Code == ClassicCode)
        {
            await ProveClassicCredentialsAsync(cancellationToken).ConfigureAwait(false);
            return AccountKind.Classic;
        }
        catch (BitgetApiException ex) when (ex is not AccountKindDetectionException)
        {
            throw new AccountKindDetectionException(Reason(ex), ex);
        }
    }

    private async Task ProveClassicCredentialsAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _client.Account.GetAccountsAsync(_productType, cancellationToken).ConfigureAwait(false);
        }
        catch (BitgetApiException ex)
        {
            throw new AccountKindDetectionException("v3 says the key is classic (40084), but the signed classic call failed: " + Reason(ex), ex);
        }
    }

    private static string Reason(BitgetApiException ex) => ex.Kind switch
    {
        BitgetErrorKind.Authentication => "Bitget refused the credentials (API key, secret, passphrase, IP whitelist or permissions)",
        BitgetErrorKind.WrongEnvironment => "the key does not match the demo/live setting (Bitget__DemoTrading)",
        BitgetErrorKind.RateLimited or BitgetErrorKind.ServerError or BitgetErrorKind.Network or BitgetErrorKind.CircuitOpen or BitgetErrorKind.TimestampExpired =>
            "Bitget did not answer the probe; try again later",
        _ => $"the probe failed with {ex.Code ?? ex.Kind.ToString()}",
    };
}
