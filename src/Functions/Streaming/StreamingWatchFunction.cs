using Microsoft.Azure.Functions.Worker;

namespace Sentinel.Functions.Streaming;

/// <summary>
/// The timer function <c>StreamingWatch</c> (schedule: app setting <c>STREAMING_SCHEDULE</c>, every minute): when <c>Streaming__Enabled</c> is true, holds the price
/// streams open for <c>Streaming__Duration</c> and evaluates the rules on every update (<see cref="StreamingWatch"/>).
/// Off, it returns at once. A stream that is down is not a failed invocation: the polling tick covers it.
/// </summary>
public sealed partial class StreamingWatchFunction(StreamingWatch watch, StreamState state, ILogger<StreamingWatchFunction> logger)
{
    public const string Name = "StreamingWatch";

    [Function(Name)]
    public async Task RunAsync([TimerTrigger("%" + StreamingOptions.ScheduleSetting + "%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        var evaluations = await watch.RunAsync(cancellationToken).ConfigureAwait(false);
        LogOutcome(logger, evaluations, state.Mode);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "StreamingWatch: {Evaluations} evaluations; stream {Mode}")]
    private static partial void LogOutcome(ILogger logger, int evaluations, StreamMode mode);
}
