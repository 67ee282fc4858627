using System.Buffers.Binary;

namespace Sentinel.Functions.Monitoring;

/// <summary>
/// One symbol's recent prices, oldest first, immutable. <see cref="Append"/> keeps every sample of the recent
/// <see cref="PriceHistoryOptions.FullResolution"/>, thins older ones to one per downsample bucket, and drops
/// what is older than the window, so the series stays bounded however long the app runs. Stored as one binary
/// property (<see cref="ToBytes"/>): 24 bytes a sample, exact decimals.
/// </summary>
public sealed class PriceSeries
{
    private const byte FormatVersion = 1;
    private const int SampleBytes = sizeof(long) + 4 * sizeof(int);

    /// <summary>The most samples one stored property can hold (64 KiB binary limit of a table property).</summary>
    public const int MaxSamples = (64 * 1024 - 1) / SampleBytes;

    private readonly PriceSample[] _samples;

    private PriceSeries(PriceSample[] samples) => _samples = samples;

    public static PriceSeries Empty { get; } = new([]);

    public IReadOnlyList<PriceSample> Samples => _samples;

    public PriceSample? Latest => _samples.Length == 0 ? null : _samples[^1];

    /// <summary>Adds a sample and applies the bounds; a sample not newer than the latest is ignored (a replayed read).</summary>
    public PriceSeries Append(PriceSample sample, PriceHistoryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (_samples.Length > 0 && sample.At <= _samples[^1].At)
        {
            return this;
        }

        var oldest = sample.At - options.Window;
        var thinBefore = sample.At - options.FullResolution;
        var bucket = options.DownsampleInterval.Ticks;
        var kept = new List<PriceSample>(_samples.Length + 1);
        long? lastBucket = null;
        foreach (var existing in _samples)
        {
            if (existing.At < oldest)
            {
                continue;
            }

            if (existing.At < thinBefore)
            {
                var index = existing.At.UtcTicks / bucket;
                if (index == lastBucket)
                {
                    continue;
                }

                lastBucket = index;
            }

            kept.Add(existing);
        }

        kept.Add(sample);
        var start = Math.Max(0, kept.Count - MaxSamples);
        return new PriceSeries(kept.GetRange(start, kept.Count - start).ToArray());
    }

    /// <summary>The newest price observed at or before <paramref name="at"/>; false when the series does not reach back that far.</summary>
    public bool TryGetAtOrBefore(DateTimeOffset at, out decimal price)
    {
        for (var i = _samples.Length - 1; i >= 0; i--)
        {
            if (_samples[i].At <= at)
            {
                price = _samples[i].Price;
                return true;
            }
        }

        price = 0m;
        return false;
    }

    public byte[] ToBytes()
    {
        var bytes = new byte[1 + _samples.Length * SampleBytes];
        bytes[0] = FormatVersion;
        Span<int> bits = stackalloc int[4];
        for (var i = 0; i < _samples.Length; i++)
        {
            var slot = bytes.AsSpan(1 + i * SampleBytes, SampleBytes);
            BinaryPrimitives.WriteInt64LittleEndian(slot, _samples[i].At.UtcTicks);
            decimal.GetBits(_samples[i].Price, bits);
            for (var b = 0; b < 4; b++)
            {
                BinaryPrimitives.WriteInt32LittleEndian(slot[(sizeof(long) + b * sizeof(int))..], bits[b]);
            }
        }

        return bytes;
    }

    /// <summary>Reads <see cref="ToBytes"/>; <see cref="FormatException"/> when the bytes are not a series.</summary>
    public static PriceSeries FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 1 || bytes[0] != FormatVersion || (bytes.Length - 1) % SampleBytes != 0)
        {
            throw new FormatException("Stored price history is not in a known format.");
        }

        var samples = new PriceSample[(bytes.Length - 1) / SampleBytes];
        Span<int> bits = stackalloc int[4];
        for (var i = 0; i < samples.Length; i++)
        {
            var slot = bytes.Slice(1 + i * SampleBytes, SampleBytes);
            for (var b = 0; b < 4; b++)
            {
                bits[b] = BinaryPrimitives.ReadInt32LittleEndian(slot[(sizeof(long) + b * sizeof(int))..]);
            }

            samples[i] = new PriceSample(new DateTimeOffset(BinaryPrimitives.ReadInt64LittleEndian(slot), TimeSpan.Zero), new decimal(bits));
        }

        return new PriceSeries(samples);
    }
}
