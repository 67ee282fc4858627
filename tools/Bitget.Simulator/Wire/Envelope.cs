using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bitget.Simulator.Wire;

/// <summary>Writes Bitget's <c>{code,msg,requestTime,data}</c> envelope with the requestTime from the simulator's clock.</summary>
public sealed class Envelope(object? data, string code = "00000", string msg = "success", int status = 200) : IResult
{
    public static readonly JsonSerializerOptions Json = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Envelope Ok(object? data) => new(data);

    public static Envelope Error(string code, string msg, int status = 400) => new(null, code, msg, status);

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var time = httpContext.RequestServices.GetRequiredService<TimeProvider>();
        httpContext.Response.StatusCode = status;
        httpContext.Response.ContentType = "application/json";
        var body = new Dictionary<string, object?>
        {
            ["code"] = code,
            ["msg"] = msg,
            ["requestTime"] = time.GetUtcNow().ToUnixTimeMilliseconds(),
            ["data"] = data,
        };
        await JsonSerializer.SerializeAsync(httpContext.Response.Body, body, Json, httpContext.RequestAborted);
    }
}
