using Microsoft.Extensions.Logging;

namespace Sentinel.LocalHost.Functions;

/// <summary>Writes the host's "Executed" line for every invocation, as the Functions host does.</summary>
internal sealed class InvocationConsoleLog(ILoggerFactory loggerFactory) : IInvocationObserver
{
    private readonly ILogger _logger = loggerFactory.CreateLogger("Host.Function");

    public void OnCompleted(InvocationOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var milliseconds = (long)outcome.Duration.TotalMilliseconds;
        if (outcome.Succeeded)
        {
            _logger.LogInformation("Executed 'Functions.{Function}' (Succeeded, Id={InvocationId}, Duration={Duration}ms)", outcome.FunctionName, outcome.InvocationId, milliseconds);
        }
        else
        {
            _logger.LogError("Executed 'Functions.{Function}' ({Status}, Id={InvocationId}, Duration={Duration}ms): {Error}", outcome.FunctionName, outcome.Status, outcome.InvocationId, milliseconds, outcome.Error);
        }
    }
}
