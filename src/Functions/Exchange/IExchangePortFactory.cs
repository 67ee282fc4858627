using Bitget.Client.Exchange;

namespace Sentinel.Functions.Exchange;

/// <summary>
/// Builds the exchange adapter the app talks through. The adapters (classic v2, unified v3) implement
/// <see cref="IExchangePort"/> in Bitget.Client; an implementation of this factory creates them from
/// <see cref="ExchangeOptions"/> and the credentials provider, and detects the key's account kind.
/// Register one with <c>services.AddSingleton&lt;IExchangePortFactory, …&gt;()</c>.
/// </summary>
public interface IExchangePortFactory
{
    /// <summary>The adapter for a known account kind.</summary>
    IExchangePort Create(AccountKind kind);

    /// <summary>Asks the exchange which kind of account the configured key belongs to (<c>Bitget__AccountKind=auto</c>).</summary>
    Task<AccountKind> DetectAccountKindAsync(CancellationToken cancellationToken = default);
}
