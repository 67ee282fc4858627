using Bitget.Simulator;
using Bitget.Simulator.Accounts;
using Xunit;

namespace Sentinel.TestSupport;

/// <summary>
/// The one way tests start the Bitget simulator for the app: on the test's clock, with the accounts asked for,
/// and the settings that point the app's real Bitget adapter at it over loopback.
/// </summary>
public static class SimulatorFixture
{
    /// <summary>Both account kinds in both position modes: what every order path is proven on.</summary>
    public static TheoryData<AccountKind, PositionMode> Accounts => new()
    {
        { AccountKind.Classic, PositionMode.OneWay },
        { AccountKind.Classic, PositionMode.Hedge },
        { AccountKind.Unified, PositionMode.OneWay },
        { AccountKind.Unified, PositionMode.Hedge },
    };

    public static Task<BitgetSimulator> StartAsync(TimeProvider clock, params SimulatedAccountOptions[] accounts) =>
        BitgetSimulator.StartAsync(accounts.Length == 0
            ? new SimulatorOptions { TimeProvider = clock }
            : new SimulatorOptions { TimeProvider = clock, Accounts = accounts });

    /// <summary>The app settings that read this simulator's first account (kind detected), optionally with a wrong passphrase.</summary>
    public static Dictionary<string, string?> AppSettings(this BitgetSimulator simulator, string? passphrase = null)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        return new Dictionary<string, string?>
        {
            ["Bitget:BaseAddress"] = simulator.BaseAddress.ToString(),
            ["Bitget:AccountKind"] = "auto",
            ["Secrets:bitget-api-key"] = simulator.ApiKey,
            ["Secrets:bitget-api-secret"] = simulator.Options.Accounts[0].Secret,
            ["Secrets:bitget-api-passphrase"] = passphrase ?? simulator.Options.Accounts[0].Passphrase,
        };
    }
}
