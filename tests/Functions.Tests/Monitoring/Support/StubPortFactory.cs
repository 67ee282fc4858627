using Bitget.Client.Exchange;
using Sentinel.Functions.Platform.Exchange;

namespace Functions.Tests.Monitoring.Support;

/// <summary>Hands out one <see cref="StubExchangePort"/>; records detections.</summary>
internal sealed class StubPortFactory(StubExchangePort port) : IExchangePortFactory
{
    public int Detections { get; private set; }

    public IExchangePort Create(AccountKind kind) => port;

    public Task<AccountKind> DetectAccountKindAsync(CancellationToken cancellationToken = default)
    {
        Detections++;
        return Task.FromResult(port.AccountKind);
    }
}
