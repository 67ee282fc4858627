using Bitget.Client.Json;

namespace Bitget.Client.Exchange;

/// <summary>Settings of the exchange port; bound from the <c>Bitget</c> configuration section next to <see cref="BitgetClientOptions"/>.</summary>
public sealed class ExchangePortOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Bitget";

    /// <summary>Which API to use: probe (<see cref="AccountKindSetting.Auto"/>) or a fixed kind.</summary>
    public AccountKindSetting AccountKind { get; set; } = AccountKindSetting.Auto;

    /// <summary>Bitget's product type as on the wire (<c>USDT-FUTURES</c>, <c>USDC-FUTURES</c>, <c>COIN-FUTURES</c>, demo <c>SUSDT-FUTURES</c> on classic only).</summary>
    public string ProductType { get; set; } = "USDT-FUTURES";

    /// <summary>
    /// The margin coin whose account the snapshot reports and the classic orders carry. Unset = the product type's own
    /// (USDT-M → <c>USDT</c>, USDC-M → <c>USDC</c>, demo <c>SUSDT</c>/<c>SUSDC</c>); coin-M margins each contract in its
    /// base coin, so COIN-FUTURES needs it set.
    /// </summary>
    public string? MarginCoin { get; set; }

    /// <summary>How long contract specs are reused before they are read again.</summary>
    public TimeSpan ContractSpecTtl { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The parsed <see cref="ProductType"/>; throws <see cref="ArgumentException"/> when it is not one of Bitget's.</summary>
    public ProductType GetProductType()
    {
        foreach (var value in Enum.GetValues<ProductType>())
        {
            if (string.Equals(WireNames.Of(value), ProductType, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        throw new ArgumentException($"Unknown product type '{ProductType}'.", nameof(ProductType));
    }

    /// <summary>
    /// <see cref="MarginCoin"/> upper-cased, or the product type's own margin coin; throws <see cref="ArgumentException"/>
    /// for a coin-M product type without one.
    /// </summary>
    public string GetMarginCoin()
    {
        if (!string.IsNullOrWhiteSpace(MarginCoin))
        {
            return MarginCoin.Trim().ToUpperInvariant();
        }

        return GetProductType() switch
        {
            Client.ProductType.UsdtFutures => "USDT",
            Client.ProductType.UsdcFutures => "USDC",
            Client.ProductType.SUsdtFutures => "SUSDT",
            Client.ProductType.SUsdcFutures => "SUSDC",
            _ => throw new ArgumentException($"Set Bitget:MarginCoin for {ProductType}: coin-margined contracts are margined in their base coin (e.g. BTC).", nameof(MarginCoin)),
        };
    }

    /// <summary>Throws <see cref="ArgumentException"/> when a setting is out of range.</summary>
    public void Validate()
    {
        _ = GetMarginCoin();
        if (!Enum.IsDefined(AccountKind))
        {
            throw new ArgumentOutOfRangeException(nameof(AccountKind), AccountKind, "Must be auto, classic or unified.");
        }

        if (ContractSpecTtl <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(ContractSpecTtl), ContractSpecTtl, "Must be positive.");
        }
    }
}
