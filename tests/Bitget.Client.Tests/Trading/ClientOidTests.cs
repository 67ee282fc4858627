using Bitget.Client.Tests.Support;
using Bitget.Client.Trading;
using Bitget.Client.V2.Orders;
using Microsoft.Extensions.Time.Testing;
using Sentinel.TestSupport;

namespace Bitget.Client.Tests.Trading;

public sealed class ClientOidTests
{
    [Fact]
    public void Next_ValidForV2AndV3_AndDistinct()
    {
        var generator = new ClientOid(new Random(1), new FakeTimeProvider());

        var ids = Enumerable.Range(0, 1000).Select(_ => generator.Next()).ToList();

        Assert.All(ids, id => Assert.Matches("^[A-Za-z0-9_:-]{1,32}$", id));
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void Next_SameSeedAndClock_SameIds() =>
        Assert.Equal(new ClientOid(new Random(7), new FakeTimeProvider()).Next(), new ClientOid(new Random(7), new FakeTimeProvider()).Next());

    [Fact]
    public async Task GeneratedClientOids_NeverDrawFromTheRetryJitterRandom()
    {
        var jitter = new RecordingRandom();
        var handler = new FakeBitgetHandler().Always("/api/v2/mix/order/place-order", System.Net.HttpStatusCode.OK, FakeBitgetHandler.Success("""{"orderId":"1"}"""));
        using var client = new BitgetClient(new BitgetClientOptions { BaseAddress = new Uri("https://bitget.test"), SynchronizeClock = false }, new Credentials.StaticCredentialsProvider(TestClients.Credentials), handler, new FakeTimeProvider(), jitter);

        var ack = await client.Orders.PlaceAsync(new PlaceOrderRequest
        {
            Symbol = "BTCUSDT", MarginCoin = "USDT", PositionMode = Client.Trading.PositionMode.OneWay, PositionSide = Client.Trading.PositionSide.Long, Action = OrderAction.Open, Size = 0.01m,
        });

        Assert.Matches("^[A-Za-z0-9_:-]{1,32}$", ack.ClientOid);
        Assert.Equal(0, jitter.Draws);
    }

    [Fact]
    public void InjectedGenerator_ConcurrentCallers_AllIdsDistinct()
    {
        var ids = new ClientOid(new FakeTimeProvider());
        var seen = new System.Collections.Concurrent.ConcurrentBag<string>();

        Parallel.For(0, 20_000, _ => seen.Add(ids.Next()));

        Assert.Equal(20_000, seen.Distinct().Count());
    }

    /// <summary>A Random that counts every draw (a stand-in for the jitter source shared with the retry pipeline).</summary>
    private sealed class RecordingRandom : Random
    {
        public int Draws { get; private set; }

        public override int Next(int maxValue)
        {
            Draws++;
            return base.Next(maxValue);
        }

        public override int Next(int minValue, int maxValue)
        {
            Draws++;
            return base.Next(minValue, maxValue);
        }

        public override double NextDouble()
        {
            Draws++;
            return base.NextDouble();
        }
    }
}
