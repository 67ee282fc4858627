using Microsoft.Azure.Functions.Worker;
using Sentinel.Functions.Platform.Audit;

namespace Sentinel.Functions.Notifications;

/// <summary><c>POST /api/notifications/test</c> (function key required): one test message to every channel, answered with each result.</summary>
public sealed class NotificationFunctions(ChannelDirectory channels, AuditLog audit, TimeProvider timeProvider)
{
    [Function("TestNotifications")]
    public async Task<IResult> TestAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "notifications/test")] HttpRequest request, CancellationToken cancellationToken) =>
        await NotificationEndpoints.TestAsync(request.HttpContext, channels, audit, timeProvider, cancellationToken);
}
