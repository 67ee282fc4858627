using System.Net;
using BenchmarkDotNet.Attributes;
using Bitget.Client.Json;
using Bitget.Client.V2.Market;
using Bitget.Client.V2;
using Bitget.Client.V3.Market;
using Bitget.Client.V3;

namespace Sentinel.Benchmarks.Client;

/// <summary>
/// The all-tickers reply through the client's own parsing path: envelope unwrapping and the source-generated JSON
/// context, from the reply's UTF-8 bytes to typed tickers (what <c>GetTickersAsync</c> does after the HTTP read).
/// Target: under 1 ms, and allocations under twice the payload size.
/// </summary>
[MemoryDiagnoser]
public class TickerParsingBenchmarks
{
    private byte[] _v2 = [];
    private byte[] _v3 = [];

    [Params(400)]
    public int Contracts { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _v2 = TickerPayload.Build("v2/rest/mix-market-tickers.json", Contracts);
        _v3 = TickerPayload.Build("v3/rest/market-tickers-usdt-futures-real.json", Contracts);
        Console.WriteLine($"// payload bytes: v2 {_v2.Length}, v3 {_v3.Length}");
        if (V2AllTickers()?.Count != Contracts || V3AllTickers()?.Count != Contracts || V2AllTickers()![Contracts - 1].LastPrice is null)
        {
            throw new InvalidOperationException("The generated payload does not parse into the expected tickers.");
        }
    }

    [Benchmark(Baseline = true)]
    public IReadOnlyList<FuturesTicker>? V2AllTickers() =>
        EnvelopeReader.Read(_v2, HttpStatusCode.OK, "/api/v2/mix/market/tickers", V2JsonContext.Default.IReadOnlyListFuturesTicker);

    [Benchmark]
    public IReadOnlyList<UnifiedTicker>? V3AllTickers() =>
        EnvelopeReader.Read(_v3, HttpStatusCode.OK, "/api/v3/market/tickers", V3JsonContext.Default.IReadOnlyListUnifiedTicker);
}
