namespace Bitget.Simulator.Market;

/// <summary>The simulator lists USDT-M perpetuals only; other product types are valid but empty.</summary>
public static class ProductTypes
{
    private static readonly string[] Known = ["USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"];

    public static bool IsUsdtFutures(string productType)
    {
        if (!Known.Contains(productType.ToUpperInvariant()))
        {
            throw new Wire.BitgetErrorException("40020", "Parameter productType error");
        }

        return productType.Equals("USDT-FUTURES", StringComparison.OrdinalIgnoreCase);
    }
}
