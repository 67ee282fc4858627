using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace Bitget.Simulator.Tests.Support;

/// <summary>
/// A raw HTTP client that signs like Bitget's docs say (independently of the simulator's own code):
/// Base64(HMAC-SHA256(secret, timestamp + METHOD + path + "?" + query + body)).
/// </summary>
public sealed class SignedClient(HttpClient http, TimeProvider time, string apiKey, string secret, string passphrase) : IDisposable
{
    public string ApiKey { get; set; } = apiKey;

    public string Secret { get; set; } = secret;

    public string Passphrase { get; set; } = passphrase;

    public bool Demo { get; set; }

    public TimeSpan ClockSkew { get; set; }

    public static SignedClient For(BitgetSimulator sim, TimeProvider time, int account = 0)
    {
        var options = sim.Options.Accounts[account];
        return new SignedClient(new HttpClient { BaseAddress = sim.BaseAddress }, time, options.ApiKey, options.Secret, options.Passphrase);
    }

    public Task<BitgetReply> GetAsync(string path, string query = "") => SendAsync(HttpMethod.Get, path, query, "");

    public Task<BitgetReply> PostAsync(string path, string body) => SendAsync(HttpMethod.Post, path, "", body);

    public async Task<BitgetReply> PublicGetAsync(string path, string query = "")
    {
        using var response = await http.GetAsync(query.Length > 0 ? $"{path}?{query}" : path);
        return new BitgetReply(response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public async Task<BitgetReply> SendAsync(HttpMethod method, string path, string query, string body)
    {
        using var request = Build(method, path, query, body);
        using var response = await http.SendAsync(request);
        return new BitgetReply(response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public HttpRequestMessage Build(HttpMethod method, string path, string query, string body)
    {
        var timestamp = (time.GetUtcNow() + ClockSkew).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var prehash = timestamp + method.Method + path + (query.Length > 0 ? "?" + query : "") + body;
        var sign = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes(prehash)));
        var request = new HttpRequestMessage(method, query.Length > 0 ? $"{path}?{Uri.EscapeDataString(query).Replace("%3D", "=", StringComparison.Ordinal).Replace("%26", "&", StringComparison.Ordinal)}" : path);
        request.Headers.Add("ACCESS-KEY", ApiKey);
        request.Headers.Add("ACCESS-SIGN", sign);
        request.Headers.Add("ACCESS-TIMESTAMP", timestamp);
        request.Headers.Add("ACCESS-PASSPHRASE", Passphrase);
        if (Demo)
        {
            request.Headers.Add("paptrading", "1");
        }

        if (method == HttpMethod.Post)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        return request;
    }

    public void Dispose() => http.Dispose();
}
