using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading.Channels;
using Bitget.Client.Streams;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Bitget.Client.Tests.Streams;

/// <summary>
/// The private-channel resync driven directly: a subscription that never connects, a REST read the test answers when
/// it chooses, and a consumer that has stopped reading. Pushes arrive while the REST read runs; what the consumer finds
/// in its buffer afterwards must add up to every order's latest state.
/// </summary>
public sealed class PrivateResyncTests
{
    private const int Capacity = 4;

    /// <summary>Bounds an await on the resync's own signals; only a failing test reaches it.</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task PushesHeldDuringTheRestReadNoLongerFit_AnotherRestReadFollows_AndTheConsumerEndsWithEveryOrdersLatestState()
    {
        await using var rig = new ResyncRig();
        rig.Resync.Start();
        var firstRead = await rig.NextRestReadAsync();
        foreach (var id in Ids)
        {
            rig.Resync.Push(Update(new OrderRow(id, 2, "filled")));
        }

        firstRead.SetResult([.. Ids.Select(id => new OrderRow(id, 1, "live"))]);
        var secondRead = await rig.NextRestReadAsync();
        secondRead.SetResult([.. Ids.Select(id => new OrderRow(id, 2, "filled"))]);
        await rig.ResyncedAsync(times: 2);

        Assert.Equal(Ids.Select(id => new OrderRow(id, 2, "filled")), Fold(rig.ReadBuffered()).OrderBy(o => o.Id));
        Assert.Contains(rig.Events, e => e.Kind == StreamEventKind.BufferFull);
    }

    [Fact]
    public async Task PushesHeldDuringTheRestReadThatFit_FollowTheSnapshot_WithoutAnotherRestRead()
    {
        await using var rig = new ResyncRig();
        rig.Resync.Start();
        var read = await rig.NextRestReadAsync();
        rig.Resync.Push(Update(new OrderRow("a", 2, "filled")));
        rig.Resync.Push(Update(new OrderRow("b", 1, "live")));

        read.SetResult([new OrderRow("a", 1, "live"), new OrderRow("b", 1, "live")]);
        await rig.ResyncedAsync(times: 1);
        var buffered = rig.ReadBuffered();

        Assert.Equal([StreamUpdateKind.Resynced, StreamUpdateKind.Update], buffered.Select(u => u.Kind));
        Assert.Equal([new OrderRow("a", 2, "filled"), new OrderRow("b", 1, "live")], Fold(buffered).OrderBy(o => o.Id));
        Assert.Equal(0, rig.Resync.Overflows);
    }

    private static readonly string[] Ids = [.. Enumerable.Range(1, Capacity).Select(i => $"order-{i}")];

    private static StreamUpdate<OrderRow> Update(OrderRow row) => new(StreamUpdateKind.Update, [row], ResyncRig.Start);

    /// <summary>What a consumer holds after reading: a resync replaces everything, an update replaces its orders.</summary>
    private static IEnumerable<OrderRow> Fold(IEnumerable<StreamUpdate<OrderRow>> updates)
    {
        var orders = new Dictionary<string, OrderRow>(StringComparer.Ordinal);
        foreach (var update in updates)
        {
            if (update.Kind == StreamUpdateKind.Resynced)
            {
                orders.Clear();
            }

            foreach (var row in update.Items)
            {
                orders[row.Id] = row;
            }
        }

        return orders.Values;
    }

    internal sealed record OrderRow(string Id, long Version, string Status);

    /// <summary>
    /// A private subscription on a connection that is never opened, on a fake clock; its REST read hands each call to the
    /// test as a pending answer, and its events are recorded.
    /// </summary>
    private sealed class ResyncRig : IAsyncDisposable
    {
        public static readonly DateTimeOffset Start = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
        private readonly Channel<TaskCompletionSource<IReadOnlyList<OrderRow>>> _restReads = Channel.CreateUnbounded<TaskCompletionSource<IReadOnlyList<OrderRow>>>();
        private readonly Channel<StreamEventArgs> _events = Channel.CreateUnbounded<StreamEventArgs>();
        private readonly List<StreamEventArgs> _seen = [];
        private readonly StreamContext _context;
        private readonly StreamConnection _connection;
        private readonly StreamSubscription<OrderRow> _subscription;

        public ResyncRig()
        {
            var options = new BitgetStreamOptions { PrivateBufferCapacity = Capacity };
            _context = new StreamContext(options, null, new FakeTimeProvider(Start), new Random(7), NullLogger.Instance, e => _events.Writer.TryWrite(e));
            _connection = new StreamConnection(new Uri("wss://ws.bitget.test/v2/ws/private"), isPrivate: true, _context, _ => ValueTask.FromResult(Start));
            var type = (JsonTypeInfo<IReadOnlyList<OrderRow>>)JsonSerializerOptions.Default.GetTypeInfo(typeof(IReadOnlyList<OrderRow>));
            var definition = new ChannelDefinition<OrderRow>(StreamArg.V2("USDT-FUTURES", "orders", "default"), type)
            {
                Key = o => o.Id,
                Version = o => o.Version,
                Resync = (_, _) =>
                {
                    var answer = new TaskCompletionSource<IReadOnlyList<OrderRow>>(TaskCreationOptions.RunContinuationsAsynchronously);
                    _restReads.Writer.TryWrite(answer);
                    return answer.Task;
                },
            };
            _subscription = new StreamSubscription<OrderRow>(definition, _context, _connection);
        }

        public PrivateResync<OrderRow> Resync => _subscription.Resync!;

        public IReadOnlyList<StreamEventArgs> Events => _seen;

        public async Task<TaskCompletionSource<IReadOnlyList<OrderRow>>> NextRestReadAsync()
        {
            var next = _restReads.Reader.ReadAsync().AsTask();
            await Task.WhenAny(next, Task.Delay(Bound));
            Assert.True(next.IsCompleted, "the resync never read the state from REST (again), so the consumer's buffer stays short of the latest state");
            return await next;
        }

        /// <summary>Waits until the resync has delivered <paramref name="times"/> snapshots (raised after each is written).</summary>
        public async Task ResyncedAsync(int times)
        {
            while (_seen.Count(e => e.Kind == StreamEventKind.Resynced) < times)
            {
                _seen.Add(await _events.Reader.ReadAsync().AsTask().WaitAsync(Bound));
            }
        }

        /// <summary>The consumer catches up: everything buffered, oldest first.</summary>
        public IReadOnlyList<StreamUpdate<OrderRow>> ReadBuffered()
        {
            var read = new List<StreamUpdate<OrderRow>>();
            while (_subscription.Reader.TryRead(out var update))
            {
                read.Add(update);
            }

            return read;
        }

        public async ValueTask DisposeAsync()
        {
            _subscription.Base.Complete(null);
            await _connection.DisposeAsync();
            _context.Dispose();
        }
    }
}
