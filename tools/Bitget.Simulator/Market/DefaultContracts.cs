namespace Bitget.Simulator.Market;

/// <summary>Contracts the simulator lists when the options name none; rules mirror Bitget's live BTC/ETH/SOL specs.</summary>
public static class DefaultContracts
{
    public static IReadOnlyList<ContractSpec> All { get; } =
    [
        new("BTCUSDT", "BTC", 60_000m, PricePlace: 1, PriceEndStep: 1m, VolumePlace: 4, SizeMultiplier: 0.0001m, MinTradeNum: 0.0001m),
        new("ETHUSDT", "ETH", 3_000m, PricePlace: 2, PriceEndStep: 1m, VolumePlace: 2, SizeMultiplier: 0.01m, MinTradeNum: 0.01m),
        new("SOLUSDT", "SOL", 150m, PricePlace: 3, PriceEndStep: 1m, VolumePlace: 1, SizeMultiplier: 0.1m, MinTradeNum: 0.1m),
    ];
}
