using Bitget.Client.Exchange;

namespace Sentinel.Functions.Platform.Exchange;

/// <summary>
/// Builds the exchange adapter the app talks through (the adapters, classic v2 and unified v3, are in Bitget.Client).
/// <see cref="BitgetExchangePortFactory"/> is the real one, registered by <c>AddExchange</c> unless another
/// implementation was registered first (tests).
/// </summary>
public interface IExchangePortFactory
{
    /// <summary>The adapter for a known account kind.</summary>
    IExchangePort Create(AccountKind kind);

    /// <summary>Asks the exchange which kind of account the configured key belongs to (<c>Bitget__AccountKind=auto</c>).</summary>
    Task<AccountKind> DetectAccountKindAsync(CancellationToken cancellationToken = default);
}
