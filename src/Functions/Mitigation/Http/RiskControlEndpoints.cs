using Microsoft.AspNetCore.Http.HttpResults;
using Sentinel.Core.Alerts;
using Sentinel.Functions.Platform.Audit;
using Sentinel.Functions.Platform.Http;
using Sentinel.Functions.Platform.Errors;

namespace Sentinel.Functions.Mitigation.Http;

/// <summary>
/// The guard's switches as HTTP answers (<see cref="RiskControlFunctions"/>): <c>GET /api/risk/control</c> and
/// <c>PUT /api/risk/control</c> with <c>{"mode":"live"}</c> and/or <c>{"killSwitch":true}</c>. Changes are audited
/// (<c>risk.control</c>, before and after).
/// </summary>
internal static class RiskControlEndpoints
{
    public static async Task<Ok<RiskControlView>> GetAsync(RiskControlStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(RiskControlView.From(await store.ReadAsync(cancellationToken), store.Default));

    public static async Task<Results<Ok<RiskControlView>, ValidationProblem>> SetAsync(
        RiskControlRequest request, HttpContext context, RiskControlStore store, AuditLog audit, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        RiskMode? mode = null;
        if (request.Mode is not null)
        {
            if (RiskModeNames.TryParse(request.Mode, out var parsed))
            {
                mode = parsed;
            }
            else
            {
                errors.Add(new("mode", "must be one of off, dry-run, live."));
            }
        }

        if (request.Mode is null && request.KillSwitch is null)
        {
            errors.Add(new("$", "give mode, killSwitch, or both."));
        }

        if (errors.Count > 0)
        {
            return Problems.Invalid("The control change is not valid.", errors);
        }

        var who = Caller.Of(context);
        var before = await store.ReadAsync(cancellationToken);
        var after = await store.SetAsync(mode, request.KillSwitch, who, cancellationToken);
        await audit.WriteAsync(who, "risk.control", "risk/control", Describe(before), Describe(after), cancellationToken);
        return TypedResults.Ok(RiskControlView.From(after, store.Default));
    }

    private static string Describe(RiskControl control) => $"mode={control.Mode.ToName()} killSwitch={(control.KillSwitch ? "on" : "off")}";
}
