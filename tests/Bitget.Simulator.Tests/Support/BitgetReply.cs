using System.Net;
using System.Text.Json;

namespace Bitget.Simulator.Tests.Support;

/// <summary>An HTTP answer from the simulator with its Bitget envelope parsed.</summary>
public sealed record BitgetReply(HttpStatusCode Status, string Body)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public string Code => Json.GetProperty("code").GetString()!;

    public string Msg => Json.GetProperty("msg").GetString()!;

    public JsonElement Data => Json.GetProperty("data");

    public BitgetReply EnsureOk()
    {
        Assert.True(Status == HttpStatusCode.OK && Code == "00000", $"Expected success, got {(int)Status}: {Body}");
        return this;
    }
}
