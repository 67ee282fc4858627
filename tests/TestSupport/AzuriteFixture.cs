using Xunit;

using System.Diagnostics;
using System.Net.Sockets;

namespace Sentinel.TestSupport;

/// <summary>
/// Starts the Azurite Table emulator (installed from npm into node_modules) on a free loopback port,
/// in memory, for the lifetime of a test class or collection, and stops it afterwards. Given a data folder it keeps
/// its tables on disk there instead, so a fault drill can <see cref="StopAsync"/> it and <see cref="StartAgainAsync"/>
/// on the same port with the same data.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    /// <summary>Azurite's well-known development account.</summary>
    public const string AccountName = "devstoreaccount1";

    /// <summary>Azurite's well-known development key (public, documented by Microsoft; not a secret).</summary>
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly string? _dataFolder;
    private Process? _process;

    public AzuriteFixture()
    {
    }

    // Not a public constructor: xUnit requires a collection fixture to have exactly one.
    private AzuriteFixture(string dataFolder)
    {
        _dataFolder = dataFolder;
    }

    /// <summary>An Azurite that keeps its tables in <paramref name="dataFolder"/>, so it can be stopped and started again with its data.</summary>
    public static AzuriteFixture OnDisk(string dataFolder) => new(dataFolder);

    public int TablePort { get; private set; }

    public Uri TableEndpoint => new($"http://127.0.0.1:{TablePort}/{AccountName}");

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};TableEndpoint={TableEndpoint};";

    public Task InitializeAsync()
    {
        TablePort = FreePort.Next();
        return StartAsync();
    }

    /// <summary>Starts Azurite again after <see cref="StopAsync"/>, on the same port (and data folder, if any).</summary>
    public Task StartAgainAsync() => StartAsync();

    /// <summary>
    /// Stops Azurite with SIGTERM, so it writes its tables to the data folder first (a killed Azurite loses its
    /// last writes, which real storage never does): callers see refused connections until <see cref="StartAgainAsync"/>.
    /// </summary>
    public async Task StopAsync()
    {
        using var terminate = Process.Start("kill", ["-TERM", _process!.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await terminate.WaitForExitAsync().ConfigureAwait(false);
        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await _process.WaitForExitAsync(grace.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // It did not stop in time: killed below, as on dispose.
        }

        Stop();
    }

    private async Task StartAsync()
    {
        var executable = RepositoryRoot.Combine("node_modules", ".bin", "azurite-table");
        if (!File.Exists(executable))
        {
            throw new FileNotFoundException("Azurite is not installed: run `npm ci` in the repository root (scripts/test.sh does).", executable);
        }

        var start = new ProcessStartInfo(executable)
        {
            ArgumentList = { "--tableHost", "127.0.0.1", "--tablePort", TablePort.ToString(System.Globalization.CultureInfo.InvariantCulture), "--skipApiVersionCheck", "--disableProductStyleUrl" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (_dataFolder is null)
        {
            start.ArgumentList.Add("--inMemoryPersistence");
        }
        else
        {
            Directory.CreateDirectory(_dataFolder);
            start.ArgumentList.Add("--location");
            start.ArgumentList.Add(_dataFolder);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitUntilListeningAsync().ConfigureAwait(false);
    }

    public Task DisposeAsync()
    {
        Stop();
        return Task.CompletedTask;
    }

    private void Stop()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }

        _process?.Dispose();
        _process = null;
    }

    private async Task WaitUntilListeningAsync()
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(30))
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException($"Azurite exited with code {_process.ExitCode} before listening.");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", TablePort).ConfigureAwait(false);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100).ConfigureAwait(false);
            }
        }

        throw new TimeoutException($"Azurite did not listen on port {TablePort} within 30 s.");
    }
}
