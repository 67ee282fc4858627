using Bitget.Client.Errors;
using Bitget.Client.Exchange;
using Bitget.Client.Trading;
using Sentinel.Core.Risk;
using Sentinel.Functions.Platform.Exchange;

namespace Sentinel.Functions.Mitigation;

/// <summary>
/// The protective-stop watchdog, run by <see cref="RiskTickObserver"/> on every successful tick with
/// <c>protective_stop</c> rules (and mode not off): reads the exchange's pending stops (one call; the contract specs are cached), plans with <see cref="ProtectiveStopPlanner"/>
/// and hands each change to the <see cref="MitigationGuard"/> — mode, kill switch, lease, fresh position, intent journal,
/// audit and notifications as for every order. A stop that replaces older ones of Sentinel's is placed first; the older
/// ones are cancelled only once it is placed, so the position is never left bare by Sentinel. On v3 the new stop is the
/// old one moved in place (the port's modify keeps its id), which is then not cancelled. The stops live on the
/// exchange and fire on the mark price whether Sentinel runs or not. A step's clientOid that the intent journal shows
/// placed before, with its stop no longer listed, is spent (the user or the exchange removed the stop): the stop is
/// placed again under the next generation of that clientOid (<see cref="ProtectiveStopClientOid.Next"/>).
/// On UTA (v3, one full TP/SL per symbol and side) a stop that a full stop of the user's keeps off the exchange is
/// reported once through the guard (skipped, "blocked: …") and then left quiet while the user's stop and the wanted
/// trigger stay as reported; a re-arm that finds Sentinel's full stop already at the trigger sends nothing and is only
/// audited ("kept: …"), without a notice, as nothing on the exchange changed.
/// </summary>
internal sealed partial class ProtectiveStopKeeper(
    ExchangePortProvider exchange,
    MitigationGuard guard,
    MitigationJournal journal,
    MitigationAuditStore audit,
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
        IReadOnlyList<PositionStop> listed;
        try
        {
            var port = await exchange.GetAsync(cancellationToken).ConfigureAwait(false);
            listed = memory.Overlay(await port.GetPositionStopsAsync(cancellationToken: cancellationToken).ConfigureAwait(false), mode == RiskMode.DryRun);
            listed = await WithLastSettersAsync(listed, snapshot.Positions, cancellationToken).ConfigureAwait(false);
            var specs = await port.GetContractSpecsAsync(cancellationToken).ConfigureAwait(false);
            plan = ProtectiveStopPlanner.Plan(stopRules, snapshot.Positions, listed, specs, oneFullStopPerSide: port.AccountKind == AccountKind.Unified);
        }
        catch (BitgetApiException e)
        {
            LogReadFailed(logger, e.Kind.ToString());
            return;
        }

        memory.KeepBlocksOf([.. plan.Where(u => u.SlotTakenBy is not null).Select(u => RiskState.KeyOf(u.Position.Symbol, u.Position.Side))]);
        foreach (var upkeep in plan)
        {
            var step = upkeep.Kind == RiskActionKind.ProtectiveStop ? await UnspentAsync(upkeep, listed, cancellationToken).ConfigureAwait(false) : upkeep;
            if (step is { AlreadyInPlace: true })
            {
                await KeptAsync(step, mode, cancellationToken).ConfigureAwait(false);
            }
            else if (step is not null)
            {
                await KeepAsync(step, now, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Sentinel's full stop already sits at the re-arm's trigger and covers any size: nothing is sent, the stop is seen
    /// under the re-arm's clientOid from now on, and the audit says so. No notice: the position's protection is what the
    /// last one said. A restart forgets the new clientOid, so it is audited once more then.
    /// </summary>
    private async Task KeptAsync(StopUpkeep upkeep, RiskMode mode, CancellationToken cancellationToken)
    {
        if (mode == RiskMode.DryRun)
        {
            memory.DryRunPlaced(upkeep);
        }
        else
        {
            memory.MovedBy(upkeep.Supersedes[0].OrderId, upkeep.ClientOid);
        }

        var request = ToRequest(upkeep, upkeep.ClientOid, upkeep.Supersedes[0].OrderId);
        await audit.WriteAsync(request, GuardDecision.Skipped, mode, upkeep.Reason, [upkeep.Supersedes[0].OrderId], cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The placement with a clientOid not yet spent: the planned one, or, while the journal shows a generation placed
    /// and its stop is not listed at that trigger any more, the next generation. Null when the stop a generation placed
    /// is listed at the trigger (after a restart, a stop moved in place shows its old clientOid): nothing to do.
    /// A re-place can double nothing: v2's whole-position stop replaces the side's stop, v3 refuses a second one (25594).
    /// </summary>
    private async Task<StopUpkeep?> UnspentAsync(StopUpkeep upkeep, IReadOnlyList<PositionStop> listed, CancellationToken cancellationToken)
    {
        var clientOid = upkeep.ClientOid;
        string? spent = null;
        while (await journal.FindAsync(clientOid, cancellationToken).ConfigureAwait(false) is { Status: IntentStatus.Placed or IntentStatus.Filled } earlier)
        {
            if (listed.FirstOrDefault(s => earlier.OrderIds.Contains(s.OrderId) && s.TriggerPrice == upkeep.Trigger) is { } inPlace)
            {
                memory.MovedBy(inPlace.OrderId, clientOid);
                return null;
            }

            spent = clientOid;
            clientOid = ProtectiveStopClientOid.Next(clientOid);
        }

        if (spent is null)
        {
            return upkeep;
        }

        // A move keeps the planner's reason, and so does a block (the guard reports it in the same words); otherwise,
        // with nothing of Sentinel's on the side, the stop it had placed is gone.
        var reason = upkeep.Supersedes.Count > 0 || upkeep.SlotTakenBy is not null ? upkeep.Reason : $"re-placed: the stop was gone (its position stayed open; {spent} had placed it)";
        return upkeep with { ClientOid = clientOid, Reason = reason };
    }

    private async Task KeepAsync(StopUpkeep upkeep, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var request = ToRequest(upkeep, upkeep.ClientOid, upkeep.Kind == RiskActionKind.ProtectiveStop ? (upkeep.Supersedes.Count > 0 ? upkeep.Supersedes[0].OrderId : null) : upkeep.Target?.OrderId);
        if (memory.Waiting(request.SubjectKey, now) || (upkeep.SlotTakenBy is not null && memory.Reported(request.SubjectKey, upkeep)))
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
                var placedIds = result.Orders.Select(o => o.OrderId).ToHashSet(StringComparer.Ordinal);
                // On v3 the guard may have moved a stop in place that this step did not supersede (a risk rule's,
                // looser): it keeps its old clientOid, so it is remembered under this step's, like a superseded one.
                foreach (var moved in placedIds.OfType<string>())
                {
                    memory.MovedBy(moved, upkeep.ClientOid);
                }

                foreach (var old in upkeep.Supersedes.Where(s => !placedIds.Contains(s.OrderId)))
                {
                    var cancel = upkeep with
                    {
                        Kind = RiskActionKind.CancelStop, Trigger = null, ClientOid = ProtectiveStopClientOid.Cancel(old.OrderId), Target = old, Supersedes = [],
                        Reason = $"superseded by the stop just placed (stop {old.OrderId} at {old.TriggerPrice.ToString(System.Globalization.CultureInfo.InvariantCulture)})",
                    };
                    await KeepAsync(cancel, now, cancellationToken).ConfigureAwait(false);
                }

                break;
            case GuardDecision.Skipped when upkeep.SlotTakenBy is not null && result.Reason == upkeep.Reason:
                memory.Blocked(request.SubjectKey, upkeep);
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
