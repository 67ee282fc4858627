using Bitget.Client.Credentials;

namespace Bitget.Client.Exchange;

/// <summary>Builds the app's exchange port from a client and the settings, with the account kind already established.</summary>
public static class ExchangePortFactory
{
    /// <summary>
    /// An <see cref="AutoDetectingExchangePort"/> whose kind is known: fixed by <see cref="ExchangePortOptions.AccountKind"/>,
    /// or probed now (GET /api/v3/account/settings, then GET /api/v2/mix/account/accounts for a classic key). Throws
    /// <see cref="AccountKindDetectionException"/> when the key is refused or Bitget does not answer.
    /// </summary>
    public static async Task<AutoDetectingExchangePort> CreateAsync(BitgetClient client, IBitgetCredentialsProvider credentials, ExchangePortOptions options, TimeProvider? timeProvider = null, CancellationToken cancellationToken = default)
    {
        var port = new AutoDetectingExchangePort(client, credentials, options, timeProvider);
        try
        {
            await port.ResolveAccountKindAsync(cancellationToken).ConfigureAwait(false);
            return port;
        }
        catch
        {
            port.Dispose();
            throw;
        }
    }
}
