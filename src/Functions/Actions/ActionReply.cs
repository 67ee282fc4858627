using System.Text;
using System.Text.Json.Nodes;
using Sentinel.Core.Alerts;

namespace Sentinel.Functions.Actions;

/// <summary>
/// One answer of the action API as status and JSON, so that it can be stored for its <c>Idempotency-Key</c> and
/// replayed byte for byte; errors are RFC 9457 problem details (<c>application/problem+json</c>).
/// </summary>
public sealed record ActionReply(int Status, JsonObject Body)
{
    public bool IsProblem => Status >= 400;

    public string Json => Body.ToJsonString();

    public IResult ToResult() => Results.Text(Json, IsProblem ? "application/problem+json" : "application/json", Encoding.UTF8, Status);

    public static ActionReply Ok(JsonObject body, int status = StatusCodes.Status200OK) => new(status, body);

    public static ActionReply Problem(int status, string title, string detail, JsonObject? extensions = null)
    {
        var body = new JsonObject { ["type"] = "about:blank", ["title"] = title, ["status"] = status, ["detail"] = detail };
        foreach (var (name, value) in extensions ?? [])
        {
            body[name] = value?.DeepClone();
        }

        return new(status, body);
    }

    public static ActionReply Invalid(IReadOnlyList<FieldError> errors)
    {
        var fields = new JsonObject();
        foreach (var group in errors.GroupBy(e => e.Field, StringComparer.Ordinal))
        {
            fields[group.Key] = new JsonArray([.. group.Select(e => (JsonNode)e.Message)]);
        }

        var detail = string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}"));
        return Problem(StatusCodes.Status400BadRequest, "The request is not valid.", detail, new JsonObject { ["errors"] = fields });
    }
}
