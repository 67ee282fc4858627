using Bitget.Client.Errors;
using Bitget.Client.Exchange;
using Sentinel.Functions.Platform.Exchange;
using Sentinel.Core.Risk;

namespace Sentinel.Functions.Mitigation;

/// <summary>
/// The protective-stop watchdog, run by <see cref="RiskTickObserver"/> on every successful tick with
/// <c>protective_stop</c> rules (and mode not off): reads the exchange's pending stops (one call; the contract specs are cached), plans with <see cref="ProtectiveStopPlanner"/>
/// and hands each change to the <see cref="MitigationGuard"/> — mode, kill switch, lease, fresh position, intent journal,
/// audit and notifications as for every order. A stop that replaces older ones of Sentinel's is placed first; the older
/// ones are cancelled only once it is placed, so the position is never left bare by Sentinel. The stops live on the
/// exchange and fire on the mark price whether Sentinel runs or not.
/// </summary>
internal sealed partial class ProtectiveStopKeeper(
    ExchangePortProvider exchange,
    MitigationGuard guard,
    ProtectiveStopMemory memory,
    ILogger<ProtectiveStopKeeper> logger)
{
    public async Task KeepAsync(IReadOnlyList<ProtectiveStopRule> stopRules, ExchangeSnapshot snapshot, RiskMode mode, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stopRules);
        ArgumentNullException.ThrowIfNull(snapshot);
        if (stopRules.Count == 0 || mode == RiskMode.Off)
        {
            return;
        }

        IReadOnlyList<StopUpkeep> plan;
        try
        {
            var port = await exchange.GetAsync(cancellationToken).ConfigureAwait(false);
            var listed = await port.GetPositionStopsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            var specs = await port.GetContractSpecsAsync(cancellationToken).ConfigureAwait(false);
            plan = ProtectiveStopPlanner.Plan(stopRules, snapshot.Positions, memory.Overlay(listed, mode == RiskMode.DryRun), specs);
        }
        catch (BitgetApiException e)
        {
            LogReadFailed(logger, e.Kind.ToString());
            return;
        }

        foreach (var upkeep in plan)
        {
            await KeepAsync(upkeep, now, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task KeepAsync(StopUpkeep upkeep, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var request = ToRequest(upkeep, upkeep.ClientOid, upkeep.Target?.OrderId);
        if (memory.Waiting(request.SubjectKey, now))
        {
            return;
        }

        var result = await guard.ExecuteAsync(request, cancellationToken).ConfigureAwait(false);
        switch (result.Decision)
        {
            case GuardDecision.DryRun when upkeep.Kind == RiskActionKind.ProtectiveStop:
                memory.DryRunPlaced(upkeep);
                break;
            case GuardDecision.DryRun:
                memory.DryRunCancelled(upkeep.Target!);
                break;
            case GuardDecision.Placed when upkeep.Kind == RiskActionKind.ProtectiveStop:
                foreach (var old in upkeep.Supersedes)
                {
                    var cancel = upkeep with
                    {
                        Kind = RiskActionKind.CancelStop, Trigger = null, ClientOid = ProtectiveStopClientOid.Cancel(old.OrderId), Target = old, Supersedes = [],
                        Reason = $"superseded by the stop just placed (stop {old.OrderId} at {old.TriggerPrice.ToString(System.Globalization.CultureInfo.InvariantCulture)})",
                    };
                    await KeepAsync(cancel, now, cancellationToken).ConfigureAwait(false);
                }

                break;
            case GuardDecision.Failed or GuardDecision.Unknown:
                memory.Failed(request.SubjectKey, now);
                break;
        }
    }

    private static MitigationRequest ToRequest(StopUpkeep upkeep, string clientOid, string? target) => new(
        RiskTickObserver.Who, upkeep.Rule.Id, upkeep.Position, new RiskStep(upkeep.Kind, 0m, 0m), 0, clientOid, upkeep.Trigger, upkeep.Rule.Channels,
        TargetOrderId: target, Purpose: upkeep.Reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Protective stops not checked this tick: the exchange read failed ({Kind}); the next tick tries again")]
    private static partial void LogReadFailed(ILogger logger, string kind);
}
