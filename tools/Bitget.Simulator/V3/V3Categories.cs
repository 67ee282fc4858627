using Bitget.Simulator.Wire;

namespace Bitget.Simulator.V3;

/// <summary>v3 <c>category</c>: the simulator lists USDT-FUTURES only; other known categories are valid but empty.</summary>
public static class V3Categories
{
    private static readonly string[] Known = ["SPOT", "MARGIN", "USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES"];

    public static bool IsUsdtFutures(RequestArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var category = args.Get("category") ?? throw new BitgetErrorException("400172", "Parameter category cannot be empty");
        if (!Known.Contains(category.ToUpperInvariant()))
        {
            throw new BitgetErrorException("40020", "Parameter category error");
        }

        return category.Equals("USDT-FUTURES", StringComparison.OrdinalIgnoreCase);
    }
}
