using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Bitget.Simulator.Accounts;
using Bitget.Simulator.Control;
using Bitget.Simulator.Market;

namespace Bitget.Simulator.Hosting;

/// <summary>
/// The standalone run's setup: command-line flags plus an optional JSON file (<c>--setup</c>) with accounts, contracts,
/// start prices, price scripts and positions to seed.
/// </summary>
public sealed class SimulatorSetup
{
    public const string Usage =
        "usage: Bitget.Simulator [--url http://127.0.0.1:5210] [--setup setup.json] [--seed 42] [--no-rate-limits]";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public string Url { get; set; } = "http://127.0.0.1:5210";

    public int Seed { get; set; } = 42;

    public bool EnforceRateLimits { get; set; } = true;

    public List<SimulatedAccountOptions> Accounts { get; set; } = [];

    public List<ContractSpec> Contracts { get; set; } = [];

    public Dictionary<string, decimal> Prices { get; set; } = [];

    public List<ScriptCommand> Scripts { get; set; } = [];

    public List<SeedPositionCommand> Positions { get; set; } = [];

    public static SimulatorSetup FromArgs(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var setup = new SimulatorSetup();
        var file = Value(args, "--setup");
        if (file is not null)
        {
            setup = JsonSerializer.Deserialize<SimulatorSetup>(File.ReadAllText(file), Json)
                ?? throw new FormatException($"{file} holds no setup.");
        }

        setup.Url = Value(args, "--url") ?? setup.Url;
        setup.Seed = Value(args, "--seed") is { } seed ? int.Parse(seed, CultureInfo.InvariantCulture) : setup.Seed;
        setup.EnforceRateLimits &= !args.Contains("--no-rate-limits");
        if (!Uri.TryCreate(setup.Url, UriKind.Absolute, out var url) || !(url.IsLoopback || url.Host == "127.0.0.1"))
        {
            throw new ArgumentException($"--url must be a loopback http URL, not '{setup.Url}'.");
        }

        return setup;
    }

    public SimulatorOptions ToOptions()
    {
        var options = new SimulatorOptions
        {
            Url = Url,
            Seed = Seed,
            EnforceRateLimits = EnforceRateLimits,
            LogRequests = true,
            Contracts = Contracts,
        };
        if (Accounts.Count > 0)
        {
            options.Accounts.Clear();
            Accounts.ForEach(options.Accounts.Add);
        }

        return options;
    }

    public void Apply(BitgetSimulator simulator)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        foreach (var (symbol, price) in Prices)
        {
            simulator.Prices.Set(symbol, price);
        }

        foreach (var position in Positions)
        {
            simulator.Exchange.SeedPosition(position.ApiKey ?? simulator.ApiKey, position.Symbol, position.Side, position.Size, position.EntryPrice, position.Leverage);
        }

        foreach (var script in Scripts)
        {
            simulator.Prices.Run(script.Symbol, script.ToScript());
        }
    }

    private static string? Value(IReadOnlyList<string> args, string name)
    {
        for (var i = 0; i < args.Count - 1; i++)
        {
            if (args[i] == name)
            {
                return args[i + 1];
            }
        }

        return null;
    }
}
