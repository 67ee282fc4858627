using System.Text.Json.Nodes;
using Bitget.Client.Trading;
using Sentinel.Core.Risk;
using Sentinel.Functions.Mitigation;

namespace Sentinel.Functions.Actions;

/// <summary>
/// The answers of the action endpoints. An executed step maps the guard's decision to a status: filled, placed or
/// dry-run 200; outcome unknown 202 (repeat the same confirm: it looks the order up, never resends); skipped by a
/// switch, cap or earlier execution 409; position changed or gone 409; refused by the exchange 502.
/// </summary>
internal static class ActionReplies
{
    public static ActionReply Previewed(StoredPreview preview, GuardPreview verdict)
    {
        var input = preview.Input;
        return ActionReply.Ok(new JsonObject
        {
            ["previewId"] = preview.Id,
            ["expiresAt"] = preview.ExpiresAt,
            ["action"] = RiskStep.NameOf(input.Kind),
            ["symbol"] = input.Symbol,
            ["side"] = Side(input.Side),
            ["wouldSend"] = verdict.WouldSend,
            ["verdict"] = verdict.Decision.ToName(),
            ["reasons"] = new JsonArray([.. verdict.Reason.Split("; ").Select(r => (JsonNode)r)]),
            ["order"] = Order(input, verdict),
            ["position"] = verdict.Position is { Size: > 0 } p ? new JsonObject { ["size"] = p.Size, ["available"] = p.Available, ["mode"] = p.Mode.ToString(), ["markPrice"] = p.MarkPrice } : null,
            ["overrides"] = input.Overrides.Describe(),
            ["clientOid"] = preview.ClientOid,
        });
    }

    public static ActionReply Executed(ActionInput input, GuardResult result)
    {
        var body = new JsonObject
        {
            ["action"] = RiskStep.NameOf(input.Kind),
            ["symbol"] = input.Symbol,
            ["side"] = Side(input.Side),
            ["decision"] = result.Decision.ToName(),
            ["reason"] = result.Reason,
            ["orders"] = new JsonArray([.. result.Orders.Select(Order)]),
            ["overrides"] = input.Overrides.Describe(),
        };
        return result.Decision switch
        {
            GuardDecision.Filled or GuardDecision.Placed or GuardDecision.DryRun => ActionReply.Ok(body),
            GuardDecision.Unknown => ActionReply.Ok(body, StatusCodes.Status202Accepted),
            GuardDecision.Failed => ActionReply.Problem(StatusCodes.Status502BadGateway, "Refused by the exchange", result.Reason, body),
            GuardDecision.Aborted => ActionReply.Problem(StatusCodes.Status409Conflict, "Position changed", result.Reason + "; preview again.", body),
            _ => ActionReply.Problem(StatusCodes.Status409Conflict, "Not executed", result.Reason, body),
        };
    }

    /// <summary>What would be sent: the direction that shrinks the side, the size after caps and rounding, always reduce-only.</summary>
    private static JsonObject Order(ActionInput input, GuardPreview verdict) => new()
    {
        ["type"] = input.Kind switch
        {
            RiskActionKind.Close => "close (flash close at market)",
            RiskActionKind.Reduce when verdict.Size?.Outcome == SizingOutcome.Close => "close (flash close at market)",
            RiskActionKind.Reduce => "market",
            RiskActionKind.StopLoss => "position stop-loss",
            _ => "cancel open orders",
        },
        ["direction"] = input.Kind == RiskActionKind.CancelOrders ? null : input.Side == PositionSide.Long ? "sell" : "buy",
        ["reduceOnly"] = input.Kind != RiskActionKind.CancelOrders,
        ["size"] = verdict.Size?.Size,
        ["slices"] = verdict.Size is { Slices.Count: > 0 } size ? new JsonArray([.. size.Slices.Select(s => (JsonNode)s)]) : null,
        ["trigger"] = verdict.Trigger,
    };

    private static JsonObject Order(ExchangeOrder order) => new()
    {
        ["orderId"] = order.OrderId,
        ["clientOid"] = order.ClientOid,
        ["status"] = order.Status.ToString().ToLowerInvariant(),
        ["size"] = order.Size,
        ["filledSize"] = order.FilledSize,
        ["reduceOnly"] = order.ReduceOnly,
    };

    private static string Side(PositionSide side) => side == PositionSide.Long ? "long" : "short";
}
