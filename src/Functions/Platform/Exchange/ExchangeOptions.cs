using System.ComponentModel.DataAnnotations;
using Bitget.Client.Exchange;

namespace Sentinel.Functions.Platform.Exchange;

/// <summary>
/// Which exchange and account the app watches: <c>Bitget__BaseAddress</c>, <c>Bitget__ProductType</c>,
/// <c>Bitget__AccountKind</c> (<c>auto</c> detects the key's kind at the first call) and <c>Bitget__DemoTrading</c>.
/// Credentials are not here: they come from <see cref="Bitget.Client.Credentials.IBitgetCredentialsProvider"/>.
/// </summary>
public sealed class ExchangeOptions
{
    public const string SectionName = "Bitget";

    [Required]
    public Uri BaseAddress { get; set; } = new("https://api.bitget.com");

    [Required]
    [RegularExpression("^(USDT|USDC|COIN|SUSDT|SUSDC|SCOIN)-FUTURES$", ErrorMessage = "Bitget__ProductType must be a futures product type such as USDT-FUTURES.")]
    public string ProductType { get; set; } = "USDT-FUTURES";

    public AccountKindSetting AccountKind { get; set; } = AccountKindSetting.Auto;

    public bool DemoTrading { get; set; }
}
