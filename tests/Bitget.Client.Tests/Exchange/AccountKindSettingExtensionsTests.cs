using Bitget.Client.Exchange;

namespace Bitget.Client.Tests.Exchange;

public sealed class AccountKindSettingExtensionsTests
{
    [Theory]
    [InlineData(AccountKindSetting.Classic, AccountKind.Classic)]
    [InlineData(AccountKindSetting.Unified, AccountKind.Unified)]
    [InlineData(AccountKindSetting.Auto, null)]
    public void FixedKind_FixedSettingsNameTheirKind_AutoLeavesItToTheProbe(AccountKindSetting setting, AccountKind? expected)
    {
        var kind = setting.FixedKind();

        Assert.Equal(expected, kind);
    }
}
