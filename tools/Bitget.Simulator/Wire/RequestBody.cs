using System.Text;
using System.Text.Json;

namespace Bitget.Simulator.Wire;

/// <summary>The request body is read once (the signature covers its exact text) and kept for the endpoint.</summary>
public static class RequestBody
{
    private const string TextKey = "sim.body";

    public static async Task<string> ReadAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items.TryGetValue(TextKey, out var cached) && cached is string text)
        {
            return text;
        }

        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        text = await reader.ReadToEndAsync(context.RequestAborted);
        context.Items[TextKey] = text;
        return text;
    }

    public static JsonElement Json(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = context.Items.TryGetValue(TextKey, out var cached) ? cached as string : null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return default;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            throw new BitgetErrorException("40017", "Parameter verification failed JSON body");
        }
    }
}
