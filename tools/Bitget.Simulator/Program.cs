using Bitget.Simulator.Hosting;

namespace Bitget.Simulator;

/// <summary>
/// Standalone run: <c>dotnet run --project tools/Bitget.Simulator -- --url http://127.0.0.1:5210 --setup sim.json</c>.
/// The real clock drives prices; Ctrl+C stops.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        SimulatorSetup setup;
        try
        {
            setup = SimulatorSetup.FromArgs(args);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or IOException or System.Text.Json.JsonException)
        {
            await Console.Error.WriteLineAsync($"bitget-simulator: {ex.Message}");
            await Console.Error.WriteLineAsync(SimulatorSetup.Usage);
            return 2;
        }

        await using var simulator = await BitgetSimulator.StartAsync(setup.ToOptions());
        setup.Apply(simulator);
        Console.WriteLine($"Bitget simulator listening on {simulator.BaseAddress} (accounts: {string.Join(", ", setup.ToOptions().Accounts.Select(a => $"{a.ApiKey} {a.Kind}"))})");
        await simulator.WaitForShutdownAsync();
        return 0;
    }
}
