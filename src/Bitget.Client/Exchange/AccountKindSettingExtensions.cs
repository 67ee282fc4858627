namespace Bitget.Client.Exchange;

/// <summary>The one reading of <see cref="AccountKindSetting"/>, shared by the auto-detecting port and the app that hosts it.</summary>
public static class AccountKindSettingExtensions
{
    /// <summary>The kind a setting fixes, or null for <see cref="AccountKindSetting.Auto"/>: only then is the key probed.</summary>
    public static AccountKind? FixedKind(this AccountKindSetting setting) => setting switch
    {
        AccountKindSetting.Classic => AccountKind.Classic,
        AccountKindSetting.Unified => AccountKind.Unified,
        _ => null,
    };
}
