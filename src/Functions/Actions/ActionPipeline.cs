using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Sentinel.Functions.Actions;

/// <summary>
/// What every POST of the action API does around its handler: read the body (content type, size limit, a JSON
/// object), then, with an <c>Idempotency-Key</c>, claim the key (a repeat gets the first reply and runs nothing), run
/// the handler and store its reply. Refusals of the body itself are audited.
/// </summary>
public sealed class ActionPipeline(IdempotencyStore idempotency, ActionAuditStore audit, IOptions<ActionOptions> options)
{
    public const string IdempotencyHeader = "Idempotency-Key";

    /// <summary>Runs <paramref name="handler"/> with the body, the caller and the action id the key gives (null without a key).</summary>
    public async Task<IResult> RunAsync(HttpRequest request, string kind, Func<JsonElement, string, string?, Task<ActionReply>> handler, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(handler);
        var who = ActionCaller.Of(request.HttpContext);
        var key = request.Headers[IdempotencyHeader].FirstOrDefault()?.Trim();
        var (root, refusal) = await ActionBody.ReadAsync(request, options.Value.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (refusal is null && key is { Length: 0 or > 200 })
        {
            refusal = ActionReply.Problem(StatusCodes.Status400BadRequest, "Bad Idempotency-Key", "Idempotency-Key must be 1 to 200 characters.");
        }

        if (refusal is not null)
        {
            await audit.WriteAsync(who, "action.refused", request.Path, kind, "refused", refusal.Body["detail"]?.GetValue<string>(), cancellationToken).ConfigureAwait(false);
            return refusal.ToResult();
        }

        var body = root!.Value;
        if (key is null)
        {
            return (await handler(body, who, null).ConfigureAwait(false)).ToResult();
        }

        var fingerprint = IdempotencyStore.Fingerprint(request.Path, body.GetRawText());
        var (claim, replay) = await idempotency.BeginAsync(key, fingerprint, cancellationToken).ConfigureAwait(false);
        if (replay is not null)
        {
            return replay.ToResult();
        }

        var reply = await handler(body, who, "key/" + key).ConfigureAwait(false);
        await idempotency.CompleteAsync(key, claim!.Value, fingerprint, reply, CancellationToken.None).ConfigureAwait(false);
        return reply.ToResult();
    }
}
