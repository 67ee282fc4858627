using System.Globalization;
using Azure;
using Bitget.Client.Errors;
using Bitget.Client.Exchange;
using Bitget.Client.Trading;
using Microsoft.Extensions.Options;
using Sentinel.Core.Risk;
using Sentinel.Functions.Platform.Exchange;
using Sentinel.Functions.Platform.State.Leases;

namespace Sentinel.Functions.Mitigation;

/// <summary>
/// The one door every order Sentinel sends passes, automatic or manual (<see cref="ExecuteAsync"/>). In order: the
/// step is audited as planned; mode off or the kill switch → skipped; the account-wide <c>mitigation</c> lease, or
/// skipped; orders whose outcome an earlier attempt left unknown are looked up first (still unknown → skipped); a
/// step already claimed is never sent again; per-symbol cooldown and caps; the position is read fresh and the step
/// aborted if it is gone, changed (size, mode) or no longer breaching; the order is sized from the live position
/// (caps, step, minimum, split); in dry-run it stops there; live, the intent is written first and then sent, and its
/// outcome recorded. Every decision is audited and notified through the outbox. Orders carry no side of their own:
/// the exchange port derives the order from the live position side, so nothing here can open or add.
/// </summary>
public sealed partial class MitigationGuard(
    ExchangePortProvider exchange,
    RiskControlStore control,
    TableLeaseManager leases,
    MitigationJournal journal,
    ActionBudgetStore budgets,
    MitigationAuditStore audit,
    MitigationNotifier notifier,
    IOptions<GuardOptions> options,
    TimeProvider timeProvider,
    ILogger<MitigationGuard> logger)
{
    public const string LeaseName = "mitigation";
    private readonly GuardOptions _options = options.Value;

    public async Task<GuardResult> ExecuteAsync(MitigationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var switches = await control.ReadAsync(cancellationToken).ConfigureAwait(false);
        await audit.WriteAsync(request, GuardDecision.Planned, switches.Mode, Describe(request), cancellationToken: cancellationToken).ConfigureAwait(false);
        Outcome outcome;
        try
        {
            outcome = await DecideAsync(request, switches, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Nobody foresaw this failure, so nobody can say how far the step got: it is recorded as unknown (an intent
            // written before it is looked up first next time) rather than crashing past the audit with only "planned".
            LogUnexpected(logger, e, request.RuleId, request.SubjectKey);
            outcome = new Outcome(new GuardResult(GuardDecision.Unknown, $"stopped by an unexpected error ({e.GetType().Name}); any order sent is looked up by clientOid before anything else is sent", [], StepTaken: false), null, null);
        }

        var result = outcome.Result;
        LogDecision(logger, result.Decision.ToName(), request.RuleId, request.SubjectKey, request.Step.Name, request.Stage, result.Reason);
        try
        {
            await audit.WriteAsync(request, result.Decision, switches.Mode, result.Reason, [.. result.Orders.Select(o => o.OrderId ?? o.ClientOid)], outcome.Size, CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            // A failed audit write must not also cost the notice: each is its own record of what happened.
            await notifier.NotifyAsync(new MitigationNotice(request, result, switches.Mode, outcome.Position ?? request.Expected), CancellationToken.None).ConfigureAwait(false);
        }

        return result;
    }

    private async Task<Outcome> DecideAsync(MitigationRequest request, RiskControl switches, CancellationToken cancellationToken)
    {
        if (Refusal(request, switches) is { } refusal)
        {
            return Skip(refusal);
        }

        await using var hold = await leases.TryHoldAsync(LeaseName, Guid.NewGuid().ToString("N"), _options.LeaseDuration, cancellationToken).ConfigureAwait(false);
        if (hold is null)
        {
            return Skip("another instance holds the mitigation lease (an action is in progress)");
        }

        // The lease is renewed while the step runs; once it is lost another instance may act, so the step stops:
        // a send in flight ends as an unknown outcome (SendAsync), anything before it stops here with nothing sent.
        using var whileHeld = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, hold.Lost);
        try
        {
            var outcome = await UnderLeaseAsync(request, switches.Mode, whileHeld.Token).ConfigureAwait(false);
            return hold.Lost.IsCancellationRequested && outcome.Result.Decision == GuardDecision.Unknown
                ? outcome with { Result = outcome.Result with { Reason = "the mitigation lease was lost while sending, so the send was abandoned: " + outcome.Result.Reason } }
                : outcome;
        }
        catch (OperationCanceledException) when (hold.Lost.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return Skip("lease lost, nothing sent: the mitigation lease was lost (taken over, or not renewable before it expired) before the order was sent, so another instance may be acting; the step is tried again on the next attempt");
        }
        catch (Exception e) when (e is BitgetApiException or ExchangeNotConfiguredException)
        {
            // Sends catch their own failures, so an exchange error here came from a read before anything was sent.
            return new Outcome(new GuardResult(GuardDecision.Failed, $"nothing sent: the exchange read failed ({(e as BitgetApiException)?.Kind.ToString() ?? e.GetType().Name})", [], StepTaken: false), null, null);
        }
        catch (RequestFailedException e)
        {
            // Storage failed mid-step: an intent written before it stays unresolved and is looked up before anything else.
            return new Outcome(new GuardResult(GuardDecision.Unknown, $"stopped by a storage error ({e.Status}) before the outcome was recorded; any order sent is looked up by clientOid next time", [], StepTaken: false), null, null);
        }
    }

    private async Task<Outcome> UnderLeaseAsync(MitigationRequest request, RiskMode mode, CancellationToken cancellationToken)
    {
        var port = await exchange.GetAsync(cancellationToken).ConfigureAwait(false);
        if (await ReconcileAsync(port, request.Symbol, cancellationToken).ConfigureAwait(false) is { } unresolved)
        {
            return Skip(unresolved);
        }

        var now = timeProvider.GetUtcNow();
        var checkedStep = await CheckAsync(port, request, mode, now, cancellationToken).ConfigureAwait(false);
        if (checkedStep.Stop is { } stop)
        {
            return stop;
        }

        var (acting, order) = (checkedStep.Acting!, checkedStep.Order!);
        if (mode == RiskMode.DryRun)
        {
            return new Outcome(new GuardResult(GuardDecision.DryRun, "dry-run, nothing sent: would " + order.Description, [], StepTaken: true), order.Size?.Size, acting);
        }

        var sent = await SendAsync(port, request, order, acting, cancellationToken).ConfigureAwait(false);
        if (!request.IsStopUpkeep && sent.Result.Decision is GuardDecision.Placed or GuardDecision.Filled or GuardDecision.Unknown)
        {
            // Only what may have reached the exchange counts against the caps; a proven refusal is retried later.
            await budgets.RecordAsync(request.Symbol, now, CancellationToken.None).ConfigureAwait(false);
        }

        return sent;
    }

    /// <summary>
    /// The checks between the lease and the send, shared by execution and preview: not already taken, within the caps
    /// (live, unless a manual action overrides them), the live position unchanged, the order sized. Returns the
    /// position side acted on and the prepared order, or the outcome that stops the step.
    /// </summary>
    private async Task<CheckedStep> CheckAsync(IExchangePort port, MitigationRequest request, RiskMode mode, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await journal.FindAsync(request.ClientOid, cancellationToken).ConfigureAwait(false) is { Status: not IntentStatus.NotPlaced } claimed)
        {
            return new(new Outcome(new GuardResult(GuardDecision.Skipped, $"already taken: this step's order is {claimed.Status.ToString().ToLowerInvariant()} ({string.Join(',', claimed.OrderIds)})", [], StepTaken: true), null, null), null, null);
        }

        var (budget, _) = await budgets.ReadAsync(request.Symbol, cancellationToken).ConfigureAwait(false);
        if (mode == RiskMode.Live && request.Manual?.Limits != true && !request.IsStopUpkeep && budget.Refusal(now, _options.Budget) is { } refusal)
        {
            return new(Skip(refusal), null, null);
        }

        var fresh = (await port.GetPositionsAsync(cancellationToken).ConfigureAwait(false))
            .FirstOrDefault(p => string.Equals(p.Symbol, request.Symbol, StringComparison.OrdinalIgnoreCase) && p.Side == request.Side && p.Size > 0m);
        // A manual cancel acts on the symbol's orders, which may rest with no position at all; a stop of ours is cancelled
        // because its position is gone or a newer stop replaced it, neither of which the position can contradict.
        var symbolOnly = (request.Manual is not null && request.Step.Kind == RiskActionKind.CancelOrders) || request.Step.Kind == RiskActionKind.CancelStop;
        if (!symbolOnly && Changed(request, fresh) is { } change)
        {
            return new(new Outcome(new GuardResult(GuardDecision.Aborted, change, [], StepTaken: false), null, fresh), null, null);
        }

        if (request.Step.Kind == RiskActionKind.CancelStop && request.Expected.Size == 0m && fresh is not null)
        {
            // An orphan is planned from a snapshot that no longer shows its side; a stale or empty one must not strip a live position of its stop.
            return new(new Outcome(new GuardResult(GuardDecision.Aborted, Text($"the fresh read still holds the {request.SubjectKey} position ({fresh.Size}): its stop is not an orphan and stays"), [], StepTaken: false), null, fresh), null, null);
        }

        var acting = fresh ?? request.Expected;
        var order = await PrepareAsync(port, request, acting, cancellationToken).ConfigureAwait(false);
        return order.Skip is { } skip
            ? new(new Outcome(new GuardResult(GuardDecision.Skipped, skip, [], StepTaken: order.GoalMet), null, fresh), null, null)
            : new(null, acting, order);
    }

    /// <summary>Why the switches forbid the step before anything is read: mode off, or the kill switch (unless a manual action overrides it).</summary>
    private static string? Refusal(MitigationRequest request, RiskControl switches)
    {
        if (switches.Mode == RiskMode.Off)
        {
            return "mode is off";
        }

        return switches.KillSwitch && request.Manual?.KillSwitch != true
            ? $"kill switch engaged{(switches.UpdatedBy is { } by ? " by " + by : string.Empty)}: nothing is sent"
            : null;
    }

    /// <summary>Why the live position no longer matches the plan; null when it does.</summary>
    private static string? Changed(MitigationRequest request, ExchangePosition? fresh)
    {
        var expected = request.Expected;
        if (fresh is null)
        {
            return $"the {request.SubjectKey} position is gone";
        }

        if (fresh.Size != expected.Size)
        {
            return $"the position changed since the plan: size {expected.Size} → {fresh.Size}";
        }

        if (fresh.Mode != expected.Mode)
        {
            return $"the position changed since the plan: mode {expected.Mode} → {fresh.Mode}";
        }

        return request.BreachCleared?.Invoke(fresh) == true ? "the breach cleared on the fresh read" : null;
    }

    private static Outcome Skip(string reason) => new(new GuardResult(GuardDecision.Skipped, reason, [], StepTaken: false), null, null);

    private static string Describe(MitigationRequest request) => request.Step.Kind switch
    {
        RiskActionKind.Reduce => string.Create(CultureInfo.InvariantCulture, $"reduce {request.SubjectKey} by {request.Step.Fraction:P0}"),
        RiskActionKind.Close => $"close {request.SubjectKey}",
        RiskActionKind.StopLoss => string.Create(CultureInfo.InvariantCulture, $"stop-loss on {request.SubjectKey} at {request.StopTrigger}"),
        RiskActionKind.ProtectiveStop => string.Create(CultureInfo.InvariantCulture, $"protective stop on {request.SubjectKey} at {request.StopTrigger}"),
        RiskActionKind.CancelStop => $"cancel Sentinel's stop {request.TargetOrderId} on {request.SubjectKey}",
        _ => $"cancel the open {request.Symbol} orders",
    };

    private sealed record Outcome(GuardResult Result, decimal? Size, ExchangePosition? Position);

    private sealed record CheckedStep(Outcome? Stop, ExchangePosition? Acting, PreparedOrder? Order);

    [LoggerMessage(Level = LogLevel.Error, Message = "Mitigation step of rule {RuleId} on {Subject} stopped by an unexpected error")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string ruleId, string subject);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mitigation {Decision}: rule {RuleId} {Subject} {Step} stage {Stage}: {Reason}")]
    private static partial void LogDecision(ILogger logger, string decision, string ruleId, string subject, string step, int stage, string reason);
}
