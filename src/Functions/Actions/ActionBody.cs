using System.Text.Json;

namespace Sentinel.Functions.Actions;

/// <summary>
/// Reads a JSON object body within a size limit: 415 unless the content type is JSON, 413 above the limit (by
/// Content-Length or by what arrives), 400 when it is not a JSON object. Read by hand (not model binding) so that every
/// refusal is a reply the pipeline can audit.
/// </summary>
internal static class ActionBody
{
    public static async Task<(JsonElement? Root, ActionReply? Refusal)> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return (null, ActionReply.Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", "Send a JSON body (Content-Type: application/json)."));
        }

        if (request.ContentLength > maxBytes)
        {
            return (null, TooLarge(maxBytes));
        }

        var buffer = new byte[maxBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
        {
            length += read;
        }

        if (length > maxBytes)
        {
            return (null, TooLarge(maxBytes));
        }

        try
        {
            using var document = JsonDocument.Parse(buffer.AsMemory(0, length));
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? (document.RootElement.Clone(), null)
                : (null, ActionReply.Problem(StatusCodes.Status400BadRequest, "Bad request", "The body must be a JSON object."));
        }
        catch (JsonException)
        {
            return (null, ActionReply.Problem(StatusCodes.Status400BadRequest, "Bad request", "The request body is not valid JSON."));
        }
    }

    private static ActionReply TooLarge(int maxBytes) =>
        ActionReply.Problem(StatusCodes.Status413PayloadTooLarge, "Payload too large", $"The body is larger than {maxBytes} bytes.");
}
