using System.Text.Json;
using Bitget.Client.Exchange;
using Bitget.Client.Trading;
using Microsoft.Extensions.Options;
using Sentinel.Core.Risk;
using Sentinel.Functions.Mitigation;
using Sentinel.Functions.Platform.Exchange;

namespace Sentinel.Functions.Actions;

/// <summary>
/// Close, reduce, stop-loss and cancel-orders by hand, through the guard's one entry point. Without <c>confirm</c> the
/// guard previews (same checks and sizing, nothing sent) and the preview is stored for <see cref="ActionOptions.PreviewTtl"/>;
/// confirming it executes exactly that step under the clientOid fixed at preview time, so a repeated confirm can only
/// find the order the first one placed. The guard re-reads the live position and aborts if it moved since the preview.
/// </summary>
public sealed class ManualActions(
    MitigationGuard guard,
    ExchangePortProvider exchange,
    PreviewStore previews,
    ActionAuditStore audit,
    IOptions<ActionOptions> options,
    TimeProvider timeProvider)
{
    public const string RuleId = "manual";

    /// <summary>Manual actions notify every configured channel.</summary>
    internal static readonly IReadOnlyList<string> Channels = ["teams", "webhook"];

    /// <param name="kind">Which action the route names.</param>
    /// <param name="body">The request body (a JSON object).</param>
    /// <param name="who">The caller, for the audit.</param>
    /// <param name="actionId">A stable id for an explicit confirm (from the Idempotency-Key), or null for a fresh one.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public async Task<ActionReply> HandleAsync(RiskActionKind kind, JsonElement body, string who, string? actionId, CancellationToken cancellationToken = default)
    {
        var (input, errors) = ActionInput.Parse(kind, body);
        if (input is null)
        {
            return await RefuseAsync(who, kind, "?", ActionReply.Invalid(errors), cancellationToken).ConfigureAwait(false);
        }

        var now = timeProvider.GetUtcNow();
        if (input.PreviewId is { } previewId)
        {
            return await ConfirmPreviewAsync(kind, previewId, input.Reason, who, now, cancellationToken).ConfigureAwait(false);
        }

        var port = await exchange.GetAsync(cancellationToken).ConfigureAwait(false);
        var (position, refusal) = await LivePositionAsync(port, input, cancellationToken).ConfigureAwait(false);
        if (refusal is not null)
        {
            return await RefuseAsync(who, kind, RiskState.KeyOf(input.Symbol!, input.Side), refusal, cancellationToken).ConfigureAwait(false);
        }

        var id = actionId ?? Guid.NewGuid().ToString("N");
        // The id alone makes the clientOid unique; no time in it, so a retry under the same Idempotency-Key finds the same step.
        var clientOid = MitigationClientOid.Create(RuleId + "/" + id, input.Symbol!, input.Side, 0, DateTimeOffset.UnixEpoch);
        var request = ToRequest(input, who, position!, clientOid);
        if (!input.Confirm)
        {
            return await PreviewAsync(input, request, position!, id, now, cancellationToken).ConfigureAwait(false);
        }

        return ActionReplies.Executed(input, await guard.ExecuteAsync(request, cancellationToken).ConfigureAwait(false));
    }

    private async Task<ActionReply> PreviewAsync(ActionInput input, MitigationRequest request, ExchangePosition position, string id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var verdict = await guard.PreviewAsync(request, cancellationToken).ConfigureAwait(false);
        var stored = new StoredPreview(id, input, position.Size, position.Size > 0 ? position.Mode : null, request.ClientOid, now, now + options.Value.PreviewTtl);
        await previews.AddAsync(stored, cancellationToken).ConfigureAwait(false);
        await audit.WriteAsync(request.Who, "action.preview", request.SubjectKey, request.Step.Name, verdict.Decision.ToName(), verdict.Reason, cancellationToken).ConfigureAwait(false);
        return ActionReplies.Previewed(stored, verdict);
    }

    private async Task<ActionReply> ConfirmPreviewAsync(RiskActionKind kind, string previewId, string? reason, string who, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var stored = await previews.FindAsync(previewId, cancellationToken).ConfigureAwait(false);
        var refusal = stored switch
        {
            null => ActionReply.Problem(StatusCodes.Status404NotFound, "No such preview", $"There is no preview {previewId}; preview the action again."),
            _ when stored.Input.Kind != kind => ActionReply.Problem(StatusCodes.Status400BadRequest, "Wrong action", $"Preview {previewId} is a {RiskStep.NameOf(stored.Input.Kind)}, not a {RiskStep.NameOf(kind)}."),
            _ when now >= stored.ExpiresAt => ActionReply.Problem(StatusCodes.Status410Gone, "Preview expired", $"Preview {previewId} expired at {stored.ExpiresAt:O}; preview the action again."),
            _ => null,
        };
        if (refusal is not null)
        {
            return await RefuseAsync(who, kind, stored is null ? "?" : RiskState.KeyOf(stored.Input.Symbol!, stored.Input.Side), refusal, cancellationToken).ConfigureAwait(false);
        }

        var input = stored!.Input with { Confirm = true, Reason = reason ?? stored.Input.Reason };
        var port = await exchange.GetAsync(cancellationToken).ConfigureAwait(false);
        var live = (await port.GetPositionsAsync(cancellationToken).ConfigureAwait(false)).FirstOrDefault(p => Matches(p, input));
        // The preview's size and mode are what the guard compares the live position with: any change aborts.
        var expected = (live ?? Placeholder(input)) with { Size = stored.PositionSize, Mode = stored.PositionMode ?? live?.Mode ?? PositionMode.OneWay };
        var result = await guard.ExecuteAsync(ToRequest(input, who, expected, stored.ClientOid), cancellationToken).ConfigureAwait(false);
        return ActionReplies.Executed(input, result);
    }

    /// <summary>The live position side the action is about; a 4xx reply when the symbol is unknown, there is no such position, or the amount exceeds it.</summary>
    private static async Task<(ExchangePosition? Position, ActionReply? Refusal)> LivePositionAsync(IExchangePort port, ActionInput input, CancellationToken cancellationToken)
    {
        var specs = await port.GetContractSpecsAsync(cancellationToken).ConfigureAwait(false);
        if (!specs.ContainsKey(input.Symbol!))
        {
            return (null, ActionReply.Problem(StatusCodes.Status404NotFound, "Unknown symbol", $"The exchange lists no {input.Symbol} contract."));
        }

        var live = (await port.GetPositionsAsync(cancellationToken).ConfigureAwait(false)).FirstOrDefault(p => Matches(p, input));
        if (live is null)
        {
            return input.Kind == RiskActionKind.CancelOrders
                ? (Placeholder(input), null)
                : (null, ActionReply.Problem(StatusCodes.Status404NotFound, "No such position", $"There is no open {input.Side.ToString().ToLowerInvariant()} {input.Symbol} position."));
        }

        return input.Amount is { } amount && amount > live.Available
            ? (null, ActionReply.Problem(StatusCodes.Status422UnprocessableEntity, "Amount too large", $"amount {amount} exceeds the {live.Available} available of the {RiskState.KeyOf(live.Symbol, live.Side)} position; use close to take it all."))
            : (live, null);
    }

    private async Task<ActionReply> RefuseAsync(string who, RiskActionKind kind, string target, ActionReply refusal, CancellationToken cancellationToken)
    {
        await audit.WriteAsync(who, "action.refused", target, RiskStep.NameOf(kind), "refused", refusal.Body["detail"]?.GetValue<string>(), cancellationToken).ConfigureAwait(false);
        return refusal;
    }

    private static MitigationRequest ToRequest(ActionInput input, string who, ExchangePosition expected, string clientOid) =>
        new(who, RuleId, expected, input.Step, 0, clientOid, input.TriggerPrice, Channels, BreachCleared: null, Manual: input.Overrides);

    private static bool Matches(ExchangePosition position, ActionInput input) =>
        string.Equals(position.Symbol, input.Symbol, StringComparison.OrdinalIgnoreCase) && position.Side == input.Side && position.Size > 0m;

    /// <summary>A zero-size stand-in for a cancel on a symbol with no position: it names the symbol and side, nothing else.</summary>
    internal static ExchangePosition Placeholder(ActionInput input) =>
        new(input.Symbol!, "USDT", input.Side, PositionMode.OneWay, MarginMode.Crossed, 0m, 0m, 0m, 0m, null, 0m, 0m, 0m, null, null, DateTimeOffset.MinValue);
}
