using System.Text.Json;
using System.Text.Json.Nodes;
using Sentinel.Core.Alerts;
using Sentinel.Functions.Mitigation;

namespace Sentinel.Functions.Actions;

/// <summary>
/// The kill switch and the mode over the guard's control store: <c>POST /api/killswitch</c>
/// (<c>{"action":"engage"|"release","reason":…}</c>) and <c>POST /api/mode</c> (<c>{"mode":"off"|"dry-run"|"live","reason":…}</c>),
/// each audited with who and why; GET answers the switches in force.
/// </summary>
public sealed class ControlActions(RiskControlStore control, ActionAuditStore audit)
{
    public async Task<ActionReply> ReadAsync(CancellationToken cancellationToken = default) =>
        ActionReply.Ok(View(await control.ReadAsync(cancellationToken).ConfigureAwait(false)));

    public async Task<ActionReply> KillSwitchAsync(JsonElement body, string who, CancellationToken cancellationToken = default)
    {
        var (word, reason, errors) = Parse(body, "action");
        bool? engage = word switch { "engage" => true, "release" => false, _ => null };
        if (errors.Count == 0 && engage is null)
        {
            errors.Add(new("action", "must be engage or release."));
        }

        if (errors.Count == 0 && engage == false && reason is null)
        {
            errors.Add(new("reason", "is required to release the kill switch."));
        }

        return await ChangeAsync(errors, who, "killswitch", () => control.SetAsync(null, engage, who, cancellationToken), "killswitch." + word, reason, cancellationToken).ConfigureAwait(false);
    }

    public async Task<ActionReply> ModeAsync(JsonElement body, string who, CancellationToken cancellationToken = default)
    {
        var (word, reason, errors) = Parse(body, "mode");
        if (!RiskModeNames.TryParse(word, out var mode) && errors.Count == 0)
        {
            errors.Add(new("mode", "must be off, dry-run or live."));
        }

        return await ChangeAsync(errors, who, "mode", () => control.SetAsync(mode, null, who, cancellationToken), "mode." + word, reason, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ActionReply> ChangeAsync(List<FieldError> errors, string who, string kind, Func<Task<RiskControl>> change, string action, string? reason, CancellationToken cancellationToken)
    {
        if (errors.Count > 0)
        {
            var refusal = ActionReply.Invalid(errors);
            await audit.WriteAsync(who, "action.refused", "risk/control", kind, "refused", refusal.Body["detail"]?.GetValue<string>(), cancellationToken).ConfigureAwait(false);
            return refusal;
        }

        var after = await change().ConfigureAwait(false);
        await audit.WriteAsync(who, action, "risk/control", kind, "done", reason, CancellationToken.None).ConfigureAwait(false);
        return ActionReply.Ok(View(after));
    }

    private static (string? Word, string? Reason, List<FieldError> Errors) Parse(JsonElement body, string field)
    {
        var errors = new List<FieldError>();
        foreach (var property in body.EnumerateObject().Where(p => p.Name != field && p.Name != "reason"))
        {
            errors.Add(new(property.Name, "is not a field of this request."));
        }

        var read = new FieldReader(body, errors);
        var word = read.String(field, 20);
        var reason = read.String("reason", 500);
        if (word is null && !errors.Any(e => e.Field == field))
        {
            errors.Add(new(field, "is required."));
        }

        return (word, reason, errors);
    }

    private static JsonObject View(RiskControl switches) => new()
    {
        ["mode"] = switches.Mode.ToName(),
        ["killSwitch"] = switches.KillSwitch ? "engaged" : "released",
        ["updatedBy"] = switches.UpdatedBy,
        ["updatedAt"] = switches.UpdatedAt,
    };
}
