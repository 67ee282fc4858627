namespace Sentinel.Functions.Hosting.Timers;

/// <summary>What a timer function receives for one run, the same under the Functions host and standalone.</summary>
public sealed class TimerInvocation(string functionName, string invocationId, TimerInfo timer, IServiceProvider services)
{
    private readonly List<string> _logs = [];

    public string FunctionName { get; } = functionName;

    public string InvocationId { get; } = invocationId;

    public TimerInfo Timer { get; } = timer;

    /// <summary>The invocation's DI scope.</summary>
    public IServiceProvider Services { get; } = services;

    /// <summary>Lines returned to the Functions host in <c>Logs</c> (the invocation log in Application Insights).</summary>
    public IReadOnlyList<string> Logs => _logs;

    /// <summary>Adds a line to the invocation log the host records; never pass secrets.</summary>
    public void Log(string message) => _logs.Add(message);
}
