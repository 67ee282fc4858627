using Bitget.Client;
using Bitget.Client.Credentials;
using Bitget.Client.Exchange;
using Microsoft.Extensions.Options;

namespace Sentinel.Functions.Platform.Exchange;

/// <summary>
/// The real exchange: the one <see cref="BitgetClient"/> registered by <c>AddBitgetClient</c> (settings from the
/// <c>Bitget</c> section, credentials from <see cref="IBitgetCredentialsProvider"/>) behind Bitget.Client's <see cref="AutoDetectingExchangePort"/>,
/// which picks the classic (v2) or unified (v3) adapter, probes the key for <c>auto</c>, and follows mode changes.
/// </summary>
internal sealed class BitgetExchangePortFactory : IExchangePortFactory, IDisposable
{
    private readonly AutoDetectingExchangePort _port;

    public BitgetExchangePortFactory(IOptions<ExchangeOptions> options, BitgetClient client, IBitgetCredentialsProvider credentials, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        _port = new AutoDetectingExchangePort(
            client,
            credentials,
            new ExchangePortOptions { AccountKind = settings.AccountKind, ProductType = settings.ProductType },
            timeProvider);
    }

    /// <summary>The one port, whatever the kind: it already speaks the kind it resolved and switches when the account does.</summary>
    public IExchangePort Create(AccountKind kind) => _port;

    public Task<AccountKind> DetectAccountKindAsync(CancellationToken cancellationToken = default) => _port.ResolveAccountKindAsync(cancellationToken);

    public void Dispose() => _port.Dispose();
}
