using System.Text.Json;
using System.Threading.Channels;

namespace Bitget.Client.Streams;

/// <summary>
/// One channel subscription with its own bounded buffer. Read it with <see cref="ReadAllAsync"/> (or <see cref="Reader"/>);
/// dispose it to unsubscribe. Public channels drop their oldest update when the buffer is full (latest wins); private
/// channels never drop silently: an overflow clears the buffer, raises <see cref="StreamEventKind.BufferFull"/> and is
/// followed by a <see cref="StreamUpdateKind.Resynced"/> snapshot from REST, as is every (re)subscription.
/// </summary>
/// <typeparam name="T">The channel's data row.</typeparam>
public sealed class StreamSubscription<T> : IAsyncDisposable
    where T : notnull
{
    private readonly Channel<StreamUpdate<T>> _buffer;
    private readonly ChannelDefinition<T> _definition;
    private readonly StreamContext _context;
    private readonly StreamConnection _connection;
    private readonly Core _core;
    private long _dropped;
    private int _fullSignalled;

    internal StreamSubscription(ChannelDefinition<T> definition, StreamContext context, StreamConnection connection)
    {
        _definition = definition;
        _context = context;
        _connection = connection;
        Policy = definition.IsPrivate ? BufferPolicy.ResyncOnOverflow : BufferPolicy.DropOldest;
        Capacity = definition.IsPrivate ? context.Options.PrivateBufferCapacity : context.Options.PublicBufferCapacity;
        var options = new BoundedChannelOptions(Capacity)
        {
            FullMode = definition.IsPrivate ? BoundedChannelFullMode.Wait : BoundedChannelFullMode.DropOldest,
            SingleWriter = false,
            SingleReader = false,
        };
        _buffer = definition.IsPrivate ? System.Threading.Channels.Channel.CreateBounded<StreamUpdate<T>>(options) : System.Threading.Channels.Channel.CreateBounded<StreamUpdate<T>>(options, OnDropped);
        _core = new Core(this);
        Resync = definition.IsPrivate ? new PrivateResync<T>(this, definition, context) : null;
    }

    /// <summary>The channel as <c>INSTTYPE/CHANNEL/INSTRUMENT/INTERVAL</c>.</summary>
    public string Channel => _definition.Arg.Key;

    /// <summary>What happens when the buffer is full.</summary>
    public BufferPolicy Policy { get; }

    /// <summary>Most updates held unread.</summary>
    public int Capacity { get; }

    /// <summary>Updates held unread now (never above <see cref="Capacity"/>).</summary>
    public int Buffered => _buffer.Reader.Count;

    /// <summary>Public channels: updates dropped because the buffer was full.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>Private channels: times the buffer overflowed and was replaced by a REST resync.</summary>
    public long Overflows => Resync?.Overflows ?? 0;

    /// <summary>The buffer, for channel-style consumption.</summary>
    public ChannelReader<StreamUpdate<T>> Reader => _buffer.Reader;

    internal SubscriptionBase Base => _core;

    internal PrivateResync<T>? Resync { get; }

    /// <summary>Every update until the subscription is disposed or the client shuts down.</summary>
    public IAsyncEnumerable<StreamUpdate<T>> ReadAllAsync(CancellationToken cancellationToken = default) => _buffer.Reader.ReadAllAsync(cancellationToken);

    /// <summary>Unsubscribes (when connected) and completes the buffer.</summary>
    public async ValueTask DisposeAsync() => await _connection.RemoveAsync(_core, CancellationToken.None).ConfigureAwait(false);

    /// <summary>Writes to the buffer; false when a private buffer is full.</summary>
    internal bool TryWrite(StreamUpdate<T> update)
    {
        if (_buffer.Writer.TryWrite(update))
        {
            if (_buffer.Reader.Count < Capacity / 2)
            {
                Volatile.Write(ref _fullSignalled, 0);
            }

            return true;
        }

        return false;
    }

    /// <summary>Empties a private buffer whose content a resync is about to replace.</summary>
    internal int Drain()
    {
        var drained = 0;
        while (_buffer.Reader.TryRead(out _))
        {
            drained++;
        }

        return drained;
    }

    internal void RaiseFull(int count) => _context.Raise(StreamEventKind.BufferFull, _connection.Url, Channel, count: count);

    internal void RaiseResynced(int count) => _context.Raise(StreamEventKind.Resynced, _connection.Url, Channel, count: count);

    internal void RaiseError(Exception error) => _context.Raise(StreamEventKind.Error, _connection.Url, Channel, error);

    private void OnDropped(StreamUpdate<T> dropped)
    {
        Interlocked.Increment(ref _dropped);
        if (Interlocked.Exchange(ref _fullSignalled, 1) == 0)
        {
            RaiseFull(1);
        }
    }

    private IReadOnlyList<T> Parse(ReadOnlySpan<byte> data)
    {
        var rows = JsonSerializer.Deserialize(data, _definition.Type) ?? [];
        return _definition.Map is { } map ? map(rows) : rows;
    }

    private sealed class Core(StreamSubscription<T> owner) : SubscriptionBase(owner._definition.Arg, owner._definition.IsPrivate)
    {
        public override void Deliver(ReadOnlySpan<byte> data, string? action, long? timestamp)
        {
            IReadOnlyList<T> rows;
            try
            {
                rows = owner.Parse(data);
            }
            catch (Exception ex) when (ex is JsonException or FormatException or OverflowException or InvalidOperationException)
            {
                owner.RaiseError(new BitgetStreamException($"Malformed {owner.Channel} push skipped: {ex.Message}", ex));
                owner.Resync?.Start();
                return;
            }

            var kind = action == "update" ? StreamUpdateKind.Update : StreamUpdateKind.Snapshot;
            var time = timestamp is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : owner._context.Time.GetUtcNow();
            var update = new StreamUpdate<T>(kind, rows, time);
            if (owner.Resync is { } resync)
            {
                resync.Push(update);
            }
            else
            {
                owner.TryWrite(update);
            }
        }

        public override void OnSubscribed() => owner.Resync?.Start();

        public override void Complete(Exception? error)
        {
            owner.Resync?.Dispose();
            owner._buffer.Writer.TryComplete(error);
        }
    }
}
