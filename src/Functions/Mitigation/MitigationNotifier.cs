using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Sentinel.Functions.Notifications;

namespace Sentinel.Functions.Mitigation;

/// <summary>
/// Notifies guard decisions through the outbox (Teams card and signed webhook, event <c>mitigation</c>): stored due
/// now and sent by <c>DeliverNotifications</c>, so the guard never waits on a channel. The idempotency key is derived from
/// (clientOid, decision, reason), so the same decision repeated for the same step (a skip retried every minute while
/// the kill switch is engaged) is notified once. A storage failure here is logged, never thrown: the audit row is
/// the record, and the order outcome must reach the caller.
/// </summary>
public sealed partial class MitigationNotifier(OutboxDispatcher dispatcher, ChannelDirectory channels, TimeProvider timeProvider, ILogger<MitigationNotifier> logger)
{
    public const string EventName = "mitigation";

    public Task NotifyAsync(MitigationNotice notice, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var request = notice.Request;
        var p = notice.Position;
        var position = new NotificationPosition(p.Symbol, Side(p.Side), p.Size, p.EntryPrice, p.MarkPrice, p.LiquidationPrice, p.UnrealizedPnl, p.Margin, p.Leverage, p.MarginCoin);
        var orders = string.Join(", ", notice.Result.Orders.Select(o => o.OrderId ?? o.ClientOid));
        var facts = new AuditFacts(request.Who, request.RuleId, request.SubjectKey, request.Stage, request.Step.Name, request.ClientOid);
        return SendAsync(Create(facts, notice.Result.Decision, notice.Mode, notice.Result.Reason, orders, position), request.Channels, cancellationToken);
    }

    public Task NotifyResolvedAsync(AuditFacts facts, GuardDecision decision, string reason, CancellationToken cancellationToken = default) =>
        SendAsync(Create(facts, decision, RiskMode.Live, "resolved an earlier unknown outcome: " + reason, string.Empty, null), channels.Names, cancellationToken);

    /// <summary>An unknown outcome the exchange's record cannot settle: a human must (every configured channel). False when the notice could not be stored.</summary>
    public Task<bool> NotifyEscalationAsync(AuditFacts facts, string reason, CancellationToken cancellationToken = default) =>
        SendAsync(Create(facts, GuardDecision.Unknown, RiskMode.Live, reason, string.Empty, null), channels.Names, cancellationToken);

    private AlertNotification Create(AuditFacts facts, GuardDecision decision, RiskMode mode, string reason, string orders, NotificationPosition? position)
    {
        var now = timeProvider.GetUtcNow();
        var name = decision.ToName();
        var subject = facts.SubjectKey.Replace(':', ' ');
        var material = string.Join('\n', "mitigation", facts.ClientOid, name, reason);
        var key = "sn1-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(material)).AsSpan(0, 16));
        var severity = decision is GuardDecision.Placed or GuardDecision.Filled or GuardDecision.Failed or GuardDecision.Unknown ? "critical" : "warning";
        List<NotificationFact> list =
        [
            new("Rule", facts.RuleId),
            new("Step", string.Create(CultureInfo.InvariantCulture, $"{facts.Step} (stage {facts.Stage + 1})")),
            new("Decision", name),
            new("Mode", mode.ToName()),
            new("Reason", reason),
            new("ClientOid", facts.ClientOid),
        ];
        if (orders.Length > 0)
        {
            list.Add(new("Orders", orders));
        }

        return new AlertNotification(
            AlertNotification.CurrentSchemaVersion, key, EventName, facts.RuleId, "mitigation." + facts.Step, severity, facts.SubjectKey,
            facts.SubjectKey.Split(':')[0], facts.SubjectKey.Contains(':', StringComparison.Ordinal) ? facts.SubjectKey.Split(':')[1] : null,
            null, null, null, now, now, 1,
            $"MITIGATION {name.ToUpperInvariant()}: {facts.Step} · {subject}",
            $"Sentinel ({mode.ToName()}) {Verb(decision)} {facts.Step} on {subject} for rule {facts.RuleId}: {reason}",
            list, [], position);
    }

    private async Task<bool> SendAsync(AlertNotification notification, IEnumerable<string> wanted, CancellationToken cancellationToken)
    {
        try
        {
            var configured = await channels.ConfiguredAsync(wanted, cancellationToken).ConfigureAwait(false);
            await dispatcher.EnqueueAsync(notification, configured, isNotice: false, timeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogNotifyFailed(logger, exception, notification.IdempotencyKey);
            return false;
        }
    }

    private static string Verb(GuardDecision decision) => decision switch
    {
        GuardDecision.Skipped => "skipped",
        GuardDecision.Aborted => "aborted",
        GuardDecision.DryRun => "would take (dry-run)",
        GuardDecision.Placed => "placed",
        GuardDecision.Filled => "filled",
        GuardDecision.Failed => "failed to take",
        _ => "does not know the outcome of",
    };

    private static string Side(Bitget.Client.Trading.PositionSide side) => side == Bitget.Client.Trading.PositionSide.Long ? "long" : "short";

    [LoggerMessage(Level = LogLevel.Error, Message = "Mitigation notification {Key} could not be stored; the audit row records the decision")]
    private static partial void LogNotifyFailed(ILogger logger, Exception exception, string key);
}
