using Bitget.Client.Tests.Support;

namespace Bitget.Client.Tests.Streams;

/// <summary>
/// What a slow consumer costs in memory. The process's heap is measured, so these run alone (their own collection,
/// never beside other tests): another test's allocations would read as this one's growth.
/// </summary>
[Collection(Name)]
public sealed class SlowConsumerMemoryTests
{
    public const string Name = "measures the process heap";

    [Fact]
    public async Task SlowConsumer_OneMillionMessages_RetainedMemoryStaysFlat()
    {
        // Twenty bursts of 50,000 into an unread subscription: after the first burst the heap holds the full buffer,
        // so anything a message leaves behind would show as growth over the next 950,000.
        const int Bursts = 20, PerBurst = 50_000;
        await using var rig = await StreamRig.StartAsync(o => o.StreamSendQueue = 100_000, o => o.PublicBufferCapacity = 64);
        await using var ticker = await rig.Streams.Classic.SubscribeTickerAsync("BTCUSDT");
        await StreamRig.UntilAsync(() => ticker.Buffered == 1, "the first snapshot");
        long received = 1, baseline = 0;

        for (var burst = 0; burst < Bursts; burst++)
        {
            received += rig.Sim.Streams.Burst("BTCUSDT", PerBurst);
            await StreamRig.UntilAsync(() => ticker.Buffered + ticker.Dropped == received, "every pushed frame to be received");
            if (burst == 0)
            {
                baseline = GC.GetTotalMemory(forceFullCollection: true);
            }
        }

        var growth = GC.GetTotalMemory(forceFullCollection: true) - baseline;
        Assert.Equal(1 + (Bursts * PerBurst), received);
        Assert.Equal(64, ticker.Buffered);
        Assert.True(growth < 4 * 1024 * 1024, $"retained memory grew by {growth:N0} bytes over {(Bursts - 1) * PerBurst:N0} messages");
    }
}

/// <summary>Tests in it run after, never beside, every other test of the assembly.</summary>
[CollectionDefinition(SlowConsumerMemoryTests.Name, DisableParallelization = true)]
public sealed class RunsAlone;
