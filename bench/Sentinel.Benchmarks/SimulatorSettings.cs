using Bitget.Simulator;

namespace Sentinel.Benchmarks;

/// <summary>The app settings that point the app at Azurite and at the simulator's first account, shared by the rigs.</summary>
internal static class SimulatorSettings
{
    public static Dictionary<string, string?> For(string storageConnectionString, BitgetSimulator simulator)
    {
        var account = simulator.Options.Accounts[0];
        return new Dictionary<string, string?>
        {
            ["State:ConnectionString"] = storageConnectionString,
            ["Bitget:BaseAddress"] = simulator.BaseAddress.ToString(),
            ["Secrets:bitget-api-key"] = account.ApiKey,
            ["Secrets:bitget-api-secret"] = account.Secret,
            ["Secrets:bitget-api-passphrase"] = account.Passphrase,
        };
    }
}
