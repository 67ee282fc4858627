using Bitget.Client.Exchange;
using Microsoft.Extensions.Options;

namespace Sentinel.Functions.Platform.Exchange;

/// <summary>
/// The one exchange adapter of this process, created on first use through <see cref="IExchangePortFactory"/>; what the
/// setting fixes is Bitget.Client's reading (<see cref="AccountKindSettingExtensions.FixedKind"/>), and for <c>auto</c> the key's
/// account kind is detected by the factory then (not at start, which must stay fast and must not fail when the exchange is briefly down).
/// A failed detection is not remembered, so the next tick tries again.
/// </summary>
public sealed class ExchangePortProvider(IOptions<ExchangeOptions> options, IExchangePortFactory? factory = null) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IExchangePort? _port;

    /// <summary>The account kind in use; null until the adapter exists.</summary>
    public AccountKind? AccountKind => _port?.AccountKind;

    /// <summary>Whether an adapter factory is registered at all.</summary>
    public bool IsConfigured => factory is not null;

    /// <summary>The configured setting (<c>auto</c>, <c>classic</c> or <c>unified</c>).</summary>
    public AccountKindSetting Setting => options.Value.AccountKind;

    public async ValueTask<IExchangePort> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_port is { } ready)
        {
            return ready;
        }

        if (factory is null)
        {
            throw new ExchangeNotConfiguredException();
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_port is null)
            {
                var kind = options.Value.AccountKind.FixedKind()
                    ?? await factory.DetectAccountKindAsync(cancellationToken).ConfigureAwait(false);
                _port = factory.Create(kind);
            }

            return _port;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
