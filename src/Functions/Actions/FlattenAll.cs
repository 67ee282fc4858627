using System.Text.Json;
using System.Text.Json.Nodes;
using Bitget.Client.Trading;
using Sentinel.Core.Alerts;
using Sentinel.Core.Risk;
using Sentinel.Functions.Mitigation;
using Sentinel.Functions.Platform.Exchange;

namespace Sentinel.Functions.Actions;

/// <summary>
/// <c>POST /api/flatten-all</c>: with the confirmation phrase, cancels the open orders of every symbol that holds a
/// position (so nothing resting reopens it), then closes every position side, each through the guard as a manual
/// step. The phrase is the explicit, audited override of the cooldowns and caps (a flatten closes in full); the kill
/// switch still needs <c>overrideKillSwitch</c>. Every step is attempted and reported: 200 when all succeeded, 207
/// with each failure named when some did not.
/// </summary>
public sealed class FlattenAll(MitigationGuard guard, ExchangePortProvider exchange, ActionAuditStore audit)
{
    public const string Phrase = "FLATTEN ALL POSITIONS";

    public async Task<ActionReply> HandleAsync(JsonElement body, string who, string? actionId, CancellationToken cancellationToken = default)
    {
        var errors = new List<FieldError>();
        foreach (var property in body.EnumerateObject().Where(p => p.Name is not ("confirm" or "overrideKillSwitch" or "reason")))
        {
            errors.Add(new(property.Name, "is not a field of flatten-all."));
        }

        var read = new FieldReader(body, errors);
        var phrase = read.String("confirm", 100);
        var overrideKill = read.Bool("overrideKillSwitch") ?? false;
        var reason = read.String("reason", 500);
        if (errors.Count == 0 && !string.Equals(phrase, Phrase, StringComparison.Ordinal))
        {
            errors.Add(new("confirm", $"must be the phrase \"{Phrase}\"."));
        }

        if (errors.Count > 0)
        {
            var refusal = ActionReply.Invalid(errors);
            await audit.WriteAsync(who, "action.refused", "account", "flatten_all", "refused", refusal.Body["detail"]?.GetValue<string>(), cancellationToken).ConfigureAwait(false);
            return refusal;
        }

        await audit.WriteAsync(who, "action.flatten-all", "account", "flatten_all", "requested", reason, cancellationToken).ConfigureAwait(false);
        var id = actionId ?? Guid.NewGuid().ToString("N");
        var overrides = new ManualOverrides(overrideKill, Limits: true);
        var port = await exchange.GetAsync(cancellationToken).ConfigureAwait(false);
        var positions = (await port.GetPositionsAsync(cancellationToken).ConfigureAwait(false))
            .Where(p => p.Size > 0m).OrderBy(p => p.Symbol, StringComparer.Ordinal).ThenBy(p => p.Side).ToList();
        var results = new JsonArray();
        var failures = 0;
        foreach (var symbol in positions.GroupBy(p => p.Symbol, StringComparer.OrdinalIgnoreCase))
        {
            var steps = new[] { (Step: new RiskStep(RiskActionKind.CancelOrders, 0m, 0m), Position: symbol.First()) }
                .Concat(symbol.Select(p => (Step: new RiskStep(RiskActionKind.Close, 1m, 0m), Position: p)));
            var stage = 0;
            foreach (var (step, position) in steps)
            {
                var index = stage++;
                var clientOid = MitigationClientOid.Create("flatten/" + id, position.Symbol, position.Side, index, DateTimeOffset.UnixEpoch);
                var request = new MitigationRequest(who, "flatten-all", position, step, index, clientOid, null, ManualActions.Channels, null, overrides);
                var result = await guard.ExecuteAsync(request, cancellationToken).ConfigureAwait(false);
                var ok = result.Decision is GuardDecision.Filled or GuardDecision.Placed or GuardDecision.DryRun;
                failures += ok ? 0 : 1;
                results.Add(new JsonObject
                {
                    ["symbol"] = position.Symbol,
                    ["side"] = step.Kind == RiskActionKind.CancelOrders ? null : position.Side == PositionSide.Long ? "long" : "short",
                    ["action"] = step.Name,
                    ["size"] = step.Kind == RiskActionKind.Close ? position.Size : null,
                    ["ok"] = ok,
                    ["decision"] = result.Decision.ToName(),
                    ["reason"] = result.Reason,
                    ["orderIds"] = new JsonArray([.. result.Orders.Select(o => (JsonNode?)(o.OrderId ?? o.ClientOid))]),
                });
            }
        }

        var summary = new JsonObject
        {
            ["outcome"] = failures == 0 ? "done" : "partial",
            ["positions"] = positions.Count,
            ["failed"] = failures,
            ["results"] = results,
        };
        return ActionReply.Ok(summary, failures == 0 ? StatusCodes.Status200OK : StatusCodes.Status207MultiStatus);
    }
}
