using Microsoft.Extensions.Logging;
using Sentinel.LocalHost.Functions;
using Sentinel.LocalHost.Http;
using Sentinel.LocalHost.Timers;

namespace Sentinel.LocalHost;

/// <summary>The function list <c>func start</c> prints once the host is up, with what the local host will not do.</summary>
internal static class StartupReport
{
    public static void Write(
        ILogger logger, Uri address, string routePrefix, IReadOnlyList<HostedFunction> functions, IReadOnlyList<TimerFunction> timers, FunctionKeys keys, TimeProvider timeProvider)
    {
        var root = address.GetLeftPart(UriPartial.Authority);
        var now = timeProvider.GetUtcNow();
        foreach (var function in functions)
        {
            switch (function.Trigger)
            {
                case HttpTrigger http:
                    var methods = http.Methods.Count > 0 ? string.Join(',', http.Methods) : "any";
                    logger.LogInformation("{Function}: [{Methods}] {Url} (authLevel {AuthLevel})", function.Name, methods, root + HttpFrontEnd.RouteFor(routePrefix, function.Name, http), http.AuthLevel);
                    break;
                case TimerTrigger:
                    var timer = timers.Single(candidate => candidate.Function == function);
                    logger.LogInformation("{Function}: timerTrigger '{Schedule}' (UTC), next {Next:u}", function.Name, timer.Schedule.Expression, timer.Schedule.Next(now));
                    break;
                case OtherTrigger other:
                    logger.LogWarning("{Function}: {Trigger} is not fired by the local host; run it with POST {Root}/admin/functions/{Function}", function.Name, other.TriggerType, root, function.Name);
                    break;
            }
        }

        if (!keys.HasMasterKey)
        {
            logger.LogWarning("No master key (LocalHost__MasterKey or --master-key): admin-level functions and the admin API answer 401");
        }

        if (!keys.HasFunctionKey)
        {
            logger.LogWarning("No function key (LocalHost__FunctionKey or --function-key): function-level functions take only the master key");
        }

        logger.LogInformation("Host started: {Address}", root);
    }
}
