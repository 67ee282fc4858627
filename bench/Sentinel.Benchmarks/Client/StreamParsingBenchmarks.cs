using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using Bitget.Client.Streams;
using Bitget.Client.V2.Market;
using Bitget.Client.V2.Streams;
using Bitget.Client.V3.Streams;

namespace Sentinel.Benchmarks.Client;

/// <summary>
/// One WebSocket push through the stream client's parsing path: the frame scan (<c>StreamFrame.Parse</c>: kind, arg key,
/// where <c>data</c> lies) and the source-generated rows, from the frame's UTF-8 bytes to typed decimals — what the
/// receive loop does per message before the buffer write. Frames are the shared fixtures, minified.
/// </summary>
[MemoryDiagnoser]
public class StreamParsingBenchmarks
{
    private byte[] _v2Ticker = [];
    private byte[] _v3Ticker = [];
    private byte[] _v2Order = [];

    [GlobalSetup]
    public void Setup()
    {
        _v2Ticker = Frame("v2/ws/ws-mix-ticker-push.json");
        _v3Ticker = Frame("v3/ws/ws-ticker-push-doc.json");
        _v2Order = Frame("v2/ws/ws-mix-orders-push.json");
        Console.WriteLine($"// frame bytes: v2 ticker {_v2Ticker.Length}, v3 ticker {_v3Ticker.Length}, v2 order {_v2Order.Length}");
        if (V2Ticker()[0].LastPrice != 27000.5m || V3Ticker()[0].LastPrice != 100000m || V2Order()[0].FilledSize != 0.01m)
        {
            throw new InvalidOperationException("The fixtures do not parse into the expected rows.");
        }
    }

    [Benchmark(Baseline = true)]
    public IReadOnlyList<FuturesTicker> V2Ticker() => Rows(_v2Ticker, ClassicStreamJsonContext.Default.IReadOnlyListFuturesTicker);

    [Benchmark]
    public IReadOnlyList<UnifiedStreamTicker> V3Ticker() => Rows(_v3Ticker, UnifiedStreamJsonContext.Default.IReadOnlyListUnifiedStreamTicker);

    [Benchmark]
    public IReadOnlyList<ClassicStreamOrder> V2Order() => Rows(_v2Order, ClassicStreamJsonContext.Default.IReadOnlyListClassicStreamOrder);

    private static IReadOnlyList<T> Rows<T>(byte[] frame, JsonTypeInfo<IReadOnlyList<T>> type)
    {
        var parsed = StreamFrame.Parse(frame);
        return JsonSerializer.Deserialize(frame.AsSpan(parsed.DataStart, parsed.DataLength), type)!;
    }

    private static byte[] Frame(string fixture)
    {
        var path = TickerPayload.FixturePath(fixture);
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        return JsonSerializer.SerializeToUtf8Bytes(document.RootElement);
    }
}
