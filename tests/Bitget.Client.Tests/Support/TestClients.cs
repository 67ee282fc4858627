using Bitget.Client.Credentials;
using Bitget.Client.Http;
using Bitget.Client.V2.Market;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Sentinel.TestSupport;

namespace Bitget.Client.Tests.Support;

/// <summary>Builds clients over a fake handler and a fake clock.</summary>
public static class TestClients
{
    public static readonly BitgetCredentials Credentials = new("bg_test_key_1234", "TOP-SECRET-HMAC-VALUE", "PASS-PHRASE-VALUE");

    public static BitgetClient Create(
        FakeBitgetHandler handler,
        FakeTimeProvider? time = null,
        Action<BitgetClientOptions>? configure = null,
        IBitgetCredentialsProvider? credentials = null,
        ILoggerFactory? loggerFactory = null)
    {
        // The fake clock can run ahead of the code under test (RunAsync advances it while continuations are still
        // queued), so the overall read deadline is set far out; attempt timeouts and backoff stay realistic.
        var options = new BitgetClientOptions { BaseAddress = new Uri("https://bitget.test"), SynchronizeClock = false, TotalTimeout = TimeSpan.FromDays(1) };
        configure?.Invoke(options);
        return new BitgetClient(options, credentials ?? new StaticCredentialsProvider(Credentials), handler, time ?? new FakeTimeProvider(), new Random(42), loggerFactory);
    }

    /// <summary>A client whose every request is answered with the fixture file (path under shared/fixtures/bitget).</summary>
    public static BitgetClient Serving(string fixture) => Serving(fixture, new FakeBitgetHandler());

    /// <summary>As <see cref="Serving(string)"/>, recording the requests in <paramref name="handler"/>.</summary>
    public static BitgetClient Serving(string fixture, FakeBitgetHandler handler)
    {
        var text = File.ReadAllText(RepositoryRoot.SharedFixtures("bitget", fixture));
        foreach (var path in AllPaths)
        {
            handler.Always(path, System.Net.HttpStatusCode.OK, text);
        }

        return Create(handler);
    }

    /// <summary>Awaits a task while advancing the fake clock in small steps, for code that waits on timers.</summary>
    public static async Task<T> RunAsync<T>(this FakeTimeProvider time, Task<T> task, TimeSpan? step = null, int maxSteps = 100_000)
    {
        for (var i = 0; i < maxSteps && !task.IsCompleted; i++)
        {
            await Task.Yield();
            time.Advance(step ?? TimeSpan.FromMilliseconds(10));
        }

        return await task;
    }

    private static IEnumerable<string> AllPaths =>
        typeof(MarketEndpoints).Assembly.GetTypes()
            .Where(t => t.Name.EndsWith("Endpoints", StringComparison.Ordinal))
            .SelectMany(t => t.GetFields())
            .Select(f => f.GetValue(null))
            .OfType<BitgetEndpoint>()
            .Select(e => e.Path);
}
