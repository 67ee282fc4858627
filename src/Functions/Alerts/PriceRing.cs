using System.Buffers.Binary;

namespace Sentinel.Functions.Alerts;

/// <summary>
/// A fixed-capacity ring of (time, price) samples for one symbol, oldest overwritten first. Times only move
/// forward; a sample at or before the newest one is ignored so a replayed tick cannot reorder history.
/// </summary>
public sealed class PriceRing
{
    private const int SampleBytes = sizeof(long) + 4 * sizeof(int);
    private readonly long[] _times;
    private readonly decimal[] _prices;
    private int _start;

    public PriceRing(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 2);
        _times = new long[capacity];
        _prices = new decimal[capacity];
    }

    public int Capacity => _times.Length;

    public int Count { get; private set; }

    public void Add(DateTimeOffset at, decimal price)
    {
        var ticks = at.UtcTicks;
        if (Count > 0 && ticks <= TimeAt(Count - 1))
        {
            return;
        }

        if (Count < Capacity)
        {
            var slot = (_start + Count) % Capacity;
            _times[slot] = ticks;
            _prices[slot] = price;
            Count++;
            return;
        }

        _times[_start] = ticks;
        _prices[_start] = price;
        _start = (_start + 1) % Capacity;
    }

    /// <summary>The newest sample taken at or before <paramref name="at"/>; false when none is that old.</summary>
    public bool TryGetAtOrBefore(DateTimeOffset at, out decimal price) => TryFind(at.UtcTicks, inclusive: true, out price);

    /// <summary>The newest sample taken strictly before <paramref name="at"/> (the previous tick's price).</summary>
    public bool TryGetBefore(DateTimeOffset at, out decimal price) => TryFind(at.UtcTicks, inclusive: false, out price);

    /// <summary>Compact binary form for a table property: per sample 8 bytes of UTC ticks and 16 bytes of decimal.</summary>
    public byte[] ToBytes()
    {
        var bytes = new byte[sizeof(int) + Count * SampleBytes];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, Capacity);
        Span<int> bits = stackalloc int[4];
        for (var i = 0; i < Count; i++)
        {
            var sample = bytes.AsSpan(sizeof(int) + i * SampleBytes, SampleBytes);
            BinaryPrimitives.WriteInt64LittleEndian(sample, TimeAt(i));
            decimal.GetBits(PriceAt(i), bits);
            for (var b = 0; b < 4; b++)
            {
                BinaryPrimitives.WriteInt32LittleEndian(sample[(sizeof(long) + b * sizeof(int))..], bits[b]);
            }
        }

        return bytes;
    }

    public static PriceRing FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < sizeof(int) || (bytes.Length - sizeof(int)) % SampleBytes != 0)
        {
            throw new FormatException("Price history bytes have the wrong length.");
        }

        var ring = new PriceRing(BinaryPrimitives.ReadInt32LittleEndian(bytes));
        Span<int> bits = stackalloc int[4];
        for (var offset = sizeof(int); offset < bytes.Length; offset += SampleBytes)
        {
            var sample = bytes.Slice(offset, SampleBytes);
            for (var b = 0; b < 4; b++)
            {
                bits[b] = BinaryPrimitives.ReadInt32LittleEndian(sample[(sizeof(long) + b * sizeof(int))..]);
            }

            ring.Add(new DateTimeOffset(BinaryPrimitives.ReadInt64LittleEndian(sample), TimeSpan.Zero), new decimal(bits));
        }

        return ring;
    }

    private long TimeAt(int logical) => _times[(_start + logical) % Capacity];

    private decimal PriceAt(int logical) => _prices[(_start + logical) % Capacity];

    private bool TryFind(long ticks, bool inclusive, out decimal price)
    {
        var low = 0;
        var high = Count - 1;
        var found = -1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            var time = TimeAt(mid);
            if (time < ticks || (inclusive && time == ticks))
            {
                found = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        price = found >= 0 ? PriceAt(found) : 0m;
        return found >= 0;
    }
}
