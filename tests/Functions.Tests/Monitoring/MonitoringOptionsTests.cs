using Bitget.Client.Exchange;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Sentinel.Functions.Monitoring;
using Sentinel.Functions.Platform.Configuration;
using Sentinel.Functions.Platform.Exchange;

namespace Functions.Tests.Monitoring;

public sealed class MonitoringOptionsTests
{
    [Fact]
    public void Defaults_MatchTheDocumentedSettings()
    {
        using var services = CreateSut([]);

        var exchange = services.GetRequiredService<IOptions<ExchangeOptions>>().Value;
        var monitor = services.GetRequiredService<IOptions<MonitorOptions>>().Value;

        Assert.Equal((new Uri("https://api.bitget.com"), "USDT-FUTURES", AccountKindSetting.Auto, false), (exchange.BaseAddress, exchange.ProductType, exchange.AccountKind, exchange.DemoTrading));
        Assert.Equal("dry-run", services.GetRequiredService<IOptions<SentinelOptions>>().Value.Mode);
        Assert.Equal(TimeSpan.FromHours(24), monitor.PriceHistory.Window);
    }

    [Fact]
    public void SettingsAreReadAsDocumented_KindCaseInsensitive()
    {
        using var services = CreateSut(new() { ["Bitget:AccountKind"] = "unified", ["Bitget:BaseAddress"] = "http://127.0.0.1:5005", ["Bitget:DemoTrading"] = "true" });

        var exchange = services.GetRequiredService<IOptions<ExchangeOptions>>().Value;

        Assert.Equal(AccountKindSetting.Unified, exchange.AccountKind);
        Assert.True(exchange.DemoTrading);
    }

    [Theory]
    [InlineData("Bitget:ProductType", "SPOT", "USDT-FUTURES")]
    [InlineData("Bitget:BaseAddress", "http://api.bitget.com", "https")]
    [InlineData("Sentinel:Mode", "yolo", "off, dry-run or live")]
    [InlineData("Monitor:PriceHistory:FullResolution", "2.00:00:00", "FullResolution")]
    [InlineData("Monitor:PriceHistory:DownsampleInterval", "00:00:00", "DownsampleInterval")]
    public void BadSetting_RefusedWithAMessageNamingIt(string key, string value, string expected)
    {
        using var services = CreateSut(new() { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() =>
        {
            _ = services.GetRequiredService<IOptions<ExchangeOptions>>().Value;
            _ = services.GetRequiredService<IOptions<SentinelOptions>>().Value;
            _ = services.GetRequiredService<IOptions<MonitorOptions>>().Value;
        });

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider CreateSut(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddExchange(configuration).AddMonitoring(configuration).BuildServiceProvider();
    }
}
