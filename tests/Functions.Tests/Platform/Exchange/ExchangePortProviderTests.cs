using Bitget.Client.Exchange;
using Functions.Tests.Monitoring.Support;
using Microsoft.Extensions.Options;
using Sentinel.Functions.Platform.Exchange;

namespace Functions.Tests.Platform.Exchange;

public sealed class ExchangePortProviderTests
{
    [Fact]
    public async Task Auto_DetectsTheAccountKindOnce_ThenReusesTheAdapter()
    {
        var factory = new StubPortFactory(new StubExchangePort(AccountKind.Unified));
        using var provider = CreateSut(AccountKindSetting.Auto, factory);

        var first = await provider.GetAsync();
        var second = await provider.GetAsync();

        Assert.Same(first, second);
        Assert.Equal(1, factory.Detections);
        Assert.Equal(AccountKind.Unified, provider.AccountKind);
    }

    [Fact]
    public async Task FixedKind_NeverAsksTheExchange()
    {
        var factory = new StubPortFactory(new StubExchangePort(AccountKind.Classic));
        using var provider = CreateSut(AccountKindSetting.Classic, factory);

        await provider.GetAsync();

        Assert.Equal(0, factory.Detections);
    }

    [Fact]
    public async Task NoFactoryRegistered_ThrowsExchangeNotConfigured()
    {
        using var provider = CreateSut(AccountKindSetting.Auto, null);

        Assert.False(provider.IsConfigured);
        Assert.Null(provider.AccountKind);
        await Assert.ThrowsAsync<ExchangeNotConfiguredException>(() => provider.GetAsync().AsTask());
    }

    private static ExchangePortProvider CreateSut(AccountKindSetting setting, IExchangePortFactory? factory) =>
        new(Options.Create(new ExchangeOptions { AccountKind = setting }), factory);
}
