namespace Sentinel.Functions.Mitigation;

public sealed partial class MitigationGuard
{
    /// <summary>
    /// What <see cref="ExecuteAsync"/> would do with <paramref name="request"/> now: the same switches, claim, caps,
    /// live-position check and sizing, without the lease and without sending, writing, auditing or notifying anything.
    /// An earlier order whose outcome is still unknown is reported (execution looks it up first).
    /// </summary>
    public async Task<GuardPreview> PreviewAsync(MitigationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var switches = await control.ReadAsync(cancellationToken).ConfigureAwait(false);
        if (Refusal(request, switches) is { } refusal)
        {
            return new GuardPreview(false, GuardDecision.Skipped, refusal, null, null, null);
        }

        var port = await exchange.GetAsync(cancellationToken).ConfigureAwait(false);
        if ((await journal.ListUnresolvedAsync(request.Symbol.ToUpperInvariant(), cancellationToken).ConfigureAwait(false)).Count > 0)
        {
            return new GuardPreview(false, GuardDecision.Skipped, $"an earlier {request.Symbol} order's outcome is unknown: execution looks it up first and sends nothing else until it is resolved", null, null, null);
        }

        var checkedStep = await CheckAsync(port, request, switches.Mode, timeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        if (checkedStep.Stop is { } stop)
        {
            return new GuardPreview(false, stop.Result.Decision, stop.Result.Reason, null, null, stop.Position);
        }

        var order = checkedStep.Order!;
        return switches.Mode == RiskMode.DryRun
            ? new GuardPreview(false, GuardDecision.DryRun, "dry-run, nothing would be sent: would " + order.Description, order.Size, order.Trigger, checkedStep.Acting)
            : new GuardPreview(true, GuardDecision.Placed, "would " + order.Description, order.Size, order.Trigger, checkedStep.Acting);
    }
}
