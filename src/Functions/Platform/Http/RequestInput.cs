using System.Globalization;

namespace Sentinel.Functions.Platform.Http;

/// <summary>
/// Reads an HTTP function's input the way minimal APIs bound it before (route values, query parameters, a JSON
/// body), failing with <see cref="BadHttpRequestException"/> so the caller gets 400/415 problem details.
/// </summary>
internal static class RequestInput
{
    public static string Route(this HttpRequest request, string name)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.RouteValues.TryGetValue(name, out var value) && Convert.ToString(value, CultureInfo.InvariantCulture) is { Length: > 0 } text
            ? text
            : throw new BadHttpRequestException($"The route has no '{name}'.", StatusCodes.Status404NotFound);
    }

    public static string? Query(this HttpRequest request, string name)
    {
        ArgumentNullException.ThrowIfNull(request);
        var values = request.Query[name];
        return values.Count switch
        {
            0 => null,
            1 => values[0],
            _ => throw new BadHttpRequestException($"Query parameter '{name}' is given more than once."),
        };
    }

    public static bool? QueryBool(this HttpRequest request, string name)
    {
        var text = request.Query(name);
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return bool.TryParse(text, out var value) ? value : throw new BadHttpRequestException($"Query parameter '{name}' must be true or false.");
    }

    /// <summary>The JSON body as <typeparamref name="T"/>; 415 when it is not JSON, 400 when it is empty or malformed.</summary>
    public static async Task<T> JsonBodyAsync<T>(this HttpRequest request, CancellationToken cancellationToken = default)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.HasJsonContentType())
        {
            throw new BadHttpRequestException("Send a JSON body (Content-Type: application/json).", StatusCodes.Status415UnsupportedMediaType);
        }

        return await request.ReadFromJsonAsync<T>(cancellationToken).ConfigureAwait(false)
            ?? throw new BadHttpRequestException("The request body is empty.");
    }
}
