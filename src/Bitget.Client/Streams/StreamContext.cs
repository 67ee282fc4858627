using Bitget.Client.Credentials;
using Bitget.Client.RateLimiting;
using Microsoft.Extensions.Logging;

namespace Bitget.Client.Streams;

/// <summary>What every connection and subscription of one <see cref="BitgetStreamClient"/> shares.</summary>
internal sealed class StreamContext(
    BitgetStreamOptions options,
    IBitgetCredentialsProvider? credentials,
    TimeProvider timeProvider,
    Random random,
    ILogger logger,
    Action<StreamEventArgs> raise) : IDisposable
{
    public BitgetStreamOptions Options { get; } = options;

    public IBitgetCredentialsProvider? Credentials { get; } = credentials;

    public TimeProvider Time { get; } = timeProvider;

    public Random Random { get; } = random;

    public ILogger Logger { get; } = logger;

    /// <summary>Bitget counts connection attempts per IP over five minutes; this client's share is counted here.</summary>
    public TimeProviderRateLimiter ConnectionAttempts { get; } =
        new(options.ConnectionAttemptsPerFiveMinutes, timeProvider, TimeSpan.FromMinutes(5));

    public void Raise(StreamEventKind kind, Uri url, string? channel = null, Exception? error = null, int attempt = 0, TimeSpan delay = default, int count = 0)
    {
        var e = new StreamEventArgs { Kind = kind, Url = url, Time = Time.GetUtcNow(), Channel = channel, Error = error, Attempt = attempt, Delay = delay, Count = count };
        if (kind == StreamEventKind.Error)
        {
            Logger.LogWarning(error, "Stream {Url} {Channel}: {Message}", url, channel, error?.Message);
        }
        else
        {
            Logger.LogInformation("Stream {Url} {Kind} {Channel}", url, kind, channel);
        }

        raise(e);
    }

    public void Dispose() => ConnectionAttempts.Dispose();
}
