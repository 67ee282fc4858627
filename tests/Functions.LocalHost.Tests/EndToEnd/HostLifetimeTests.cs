using Sentinel.LocalHost.Tests.Support;

namespace Sentinel.LocalHost.Tests.EndToEnd;

[Collection(SampleAppTests.Name)]
public sealed class HostLifetimeTests(SampleAppFixture app)
{
    [Fact]
    public async Task Stop_SendsWorkerTerminate_AndTheWorkerExitsCleanly()
    {
        var host = await SampleHost.StartAsync(app);
        var address = host.Host.Address;

        var exitCode = await host.Host.StopAsync().WaitAsync(TestTimeouts.Guard);

        Assert.True(exitCode == 0, $"worker exit code {exitCode}; the console said:{Environment.NewLine}{string.Join(Environment.NewLine, host.Console.Lines.Select(line => line.Message))}");
        Assert.True(host.Host.WorkerExited.IsCompletedSuccessfully);
        using var client = new HttpClient { BaseAddress = address };
        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync("/sample/health"));
        await host.DisposeAsync();
    }
}
