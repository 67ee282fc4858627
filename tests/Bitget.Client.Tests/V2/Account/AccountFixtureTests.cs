using Bitget.Client.Tests.Support;
using Bitget.Client.Trading;

namespace Bitget.Client.Tests.V2.Account;

/// <summary>Every v2 account fixture parses, including the live quirks (leverage as numbers, "" and null).</summary>
public sealed class AccountFixtureTests
{
    [Theory]
    [InlineData("v2/rest/mix-account-account.json")]
    [InlineData("v2/rest/mix-account-account-doc.json")]
    public async Task Account_DocShapeParsed(string fixture)
    {
        using var client = TestClients.Serving(fixture);

        var account = await client.Account.GetAccountAsync("BTCUSDT", "USDT");

        Assert.Equal("USDT", account.MarginCoin);
        Assert.Equal(13168.86110692m, account.Available);
        Assert.Equal(13178.86110692m, account.AccountEquity);
        Assert.Equal(13178.861106922m, account.UsdtEquity);
        Assert.Equal(0.344746495477m, account.BtcEquity);
        Assert.Null(account.UnrealizedPnl);
        Assert.Equal(20m, account.CrossedMarginLeverage);
        Assert.Equal(20m, account.IsolatedShortLeverage);
        Assert.Equal(MarginMode.Crossed, account.MarginMode);
        Assert.Equal(PositionMode.Hedge, account.PositionMode);
    }

    [Fact]
    public async Task Account_RealReplyWithNumericLeverageAndNulls()
    {
        using var client = TestClients.Serving("v2/rest/mix-account-account-real.json");

        var account = await client.Account.GetAccountAsync("BTCUSDT", "USDT");

        Assert.Equal(70.09927267m, account.Available);
        Assert.Equal(70.099272671794m, account.UsdtEquity);
        Assert.Equal(10m, account.CrossedMarginLeverage);
        Assert.Equal(10m, account.IsolatedLongLeverage);
        Assert.Equal(0m, account.UnrealizedPnl);
        Assert.Null(account.IsolatedUnrealizedPnl);
        Assert.Null(account.IsolatedMargin);
        Assert.Null(account.CrossedMargin);
        Assert.Equal(PositionMode.OneWay, account.PositionMode);
        Assert.Equal("single", account.AssetMode);
    }

    [Fact]
    public async Task Accounts_Parsed()
    {
        using var client = TestClients.Serving("v2/rest/mix-account-accounts.json");

        var account = Assert.Single(await client.Account.GetAccountsAsync());

        Assert.Equal(0.31876482m, account.Locked);
        Assert.Equal(10575.26735771m, account.Available);
        Assert.Equal(10572.92904289m, account.MaxTransferOut);
        Assert.Equal(10582.902657719473m, account.UsdtEquity);
        Assert.Null(account.UnrealizedPnl);
        Assert.Null(account.Assets);
    }

    [Fact]
    public async Task Accounts_DocShapeWithUnionAssets()
    {
        using var client = TestClients.Serving("v2/rest/mix-account-accounts-doc.json");

        var account = Assert.Single(await client.Account.GetAccountsAsync());

        Assert.Equal(1111.1m, account.UnionAvailable);
        Assert.Equal(111m, account.UnionMaintenanceMargin);
        Assert.Equal(23.43m, account.IsolatedMargin);
        Assert.Equal(34.34m, account.CrossedMargin);
        Assert.Equal(23m, account.CrossedUnrealizedPnl);
        var asset = Assert.Single(account.Assets!);
        Assert.Equal("BTC", asset.Coin);
        Assert.Equal(1.2m, asset.Balance);
    }

    [Fact]
    public async Task SetLeverage_Parsed()
    {
        using var client = TestClients.Serving("v2/rest/mix-account-set-leverage.json");

        var settings = await client.Account.SetLeverageAsync("BTCUSDT", "USDT", 25m);

        Assert.Equal(25m, settings.LongLeverage);
        Assert.Equal(20m, settings.ShortLeverage);
        Assert.Equal(20m, settings.CrossMarginLeverage);
        Assert.Equal(MarginMode.Crossed, settings.MarginMode);
    }

    [Fact]
    public async Task SetMarginMode_Parsed()
    {
        using var client = TestClients.Serving("v2/rest/mix-account-set-margin-mode.json");

        var settings = await client.Account.SetMarginModeAsync("BTCUSDT", "USDT", MarginMode.Isolated);

        Assert.Equal(MarginMode.Isolated, settings.MarginMode);
        Assert.Equal(25m, settings.LongLeverage);
    }

    [Fact]
    public async Task SetPositionMode_Parsed()
    {
        using var client = TestClients.Serving("v2/rest/mix-account-set-position-mode.json");

        var setting = await client.Account.SetPositionModeAsync(PositionMode.OneWay);

        Assert.Equal(PositionMode.OneWay, setting.PositionMode);
    }
}
