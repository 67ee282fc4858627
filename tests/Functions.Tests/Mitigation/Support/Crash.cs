namespace Functions.Tests.Mitigation.Support;

/// <summary>The scripted crash: BTC falls from 60,000 by 0.6 % a tick, driving a 9x long toward liquidation.</summary>
internal static class Crash
{
    /// <summary>Liquidation within 8 % starts the episode; it ends only past 30 %, so it lasts while the crash goes on.</summary>
    public const string StagedRule = """
        {"id":"liq-staged","type":"liquidation_distance","threshold":8,"clear":30,"severity":"critical","channels":["teams","webhook"],
         "action":{"stages":[{"type":"reduce","percent":25},{"type":"reduce","percent":50},{"type":"close"}],"stageMinutes":1}}
        """;

    public static decimal PriceAt(int tick)
    {
        var price = 60_000m;
        for (var i = 0; i < tick; i++)
        {
            price *= 0.994m;
        }

        return decimal.Round(price, 1);
    }
}
