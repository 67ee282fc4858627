using System.Text.Json;
using Azure;
using Azure.Core;

namespace Sentinel.Functions.State.Tables;

/// <summary>Turns a refused answer into a typed exception carrying the service's status and error code.</summary>
internal static class TableErrors
{
    public static TableRequestException FromResponse(Response response, string operation)
    {
        var code = ErrorCode(response);
        var message = $"{operation} failed: {response.Status} {code}.";
        return response.Status == 412 || (response.Status == 409 && code == "EntityAlreadyExists")
            ? new TableConcurrencyException(response.Status, code, message)
            : new TableRequestException(response.Status, code, message);
    }

    public static string ErrorCode(Response response)
    {
        if (response.Headers.TryGetValue("x-ms-error-code", out var header) && !string.IsNullOrEmpty(header))
        {
            return header;
        }

        return CodeFromBody(response.Content?.ToString()).Code ?? "Unknown";
    }

    /// <summary>The OData error's code and message; the message of a failed transaction starts with the failing index.</summary>
    public static (string? Code, string? Message) CodeFromBody(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return (null, null);
        }

        try
        {
            using var json = JsonDocument.Parse(body);
            if (!json.RootElement.TryGetProperty("odata.error", out var error))
            {
                return (null, null);
            }

            var code = error.TryGetProperty("code", out var c) ? c.GetString() : null;
            var message = error.TryGetProperty("message", out var m) && m.TryGetProperty("value", out var v) ? v.GetString() : null;
            return (code, message);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    public static bool IsSuccess(Response response) => response.Status is >= 200 and < 300;

    public static void ThrowIfFailed(Response response, string operation, params int[] accepted)
    {
        if (!IsSuccess(response) && !accepted.Contains(response.Status))
        {
            throw FromResponse(response, operation);
        }
    }

    public static RequestMethod Merge { get; } = new("MERGE");
}
