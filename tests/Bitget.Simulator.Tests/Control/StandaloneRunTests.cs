using System.Diagnostics;
using System.Globalization;
using Bitget.Simulator.Tests.Support;
using Sentinel.TestSupport;

namespace Bitget.Simulator.Tests.Control;

/// <summary>The simulator as its own process, the way the local demo starts it.</summary>
public sealed class StandaloneRunTests
{
    [Fact]
    public async Task Standalone_ServesTheApiAndTheControlRoutes_OnTheGivenUrl()
    {
        var port = FreePort.Next();
        var url = $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}";
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "Bitget.Simulator.dll"), "--url", url },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        try
        {
            var time = await PollAsync(http, "/api/v2/public/time");
            using var seeded = await http.PostAsync(new Uri("/sim/prices", UriKind.Relative),
                new StringContent("""{"symbol":"BTCUSDT","price":12345.6}""", System.Text.Encoding.UTF8, "application/json"));
            var ticker = new BitgetReply(System.Net.HttpStatusCode.OK, await http.GetStringAsync(new Uri("/api/v2/mix/market/ticker?symbol=BTCUSDT&productType=USDT-FUTURES", UriKind.Relative)));

            Assert.Contains("serverTime", time, StringComparison.Ordinal);
            Assert.True(seeded.IsSuccessStatusCode);
            Assert.Equal("12345.6", ticker.EnsureOk().Data[0].GetProperty("lastPr").GetString());
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static async Task<string> PollAsync(HttpClient http, string path)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return await http.GetStringAsync(new Uri(path, UriKind.Relative));
            }
            catch (HttpRequestException) when (watch.Elapsed < TimeSpan.FromSeconds(30))
            {
                await Task.Delay(100);
            }
        }
    }
}
