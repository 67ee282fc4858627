using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Sentinel.Functions.State.Tables;

/// <summary>
/// Signs each attempt with "Shared Key for Table service": HMAC-SHA256 over
/// VERB, Content-MD5, Content-Type, Date (x-ms-date) and the canonicalized resource
/// (/account + encoded path + ?comp=… when present), keyed by the base64-decoded account key.
/// </summary>
internal sealed class TableSharedKeyPolicy : HttpPipelineSynchronousPolicy
{
    private readonly string _accountName;
    private readonly byte[] _key;
    private readonly TimeProvider _timeProvider;

    public TableSharedKeyPolicy(string accountName, string accountKey, TimeProvider timeProvider)
    {
        _accountName = accountName;
        _timeProvider = timeProvider;
        try
        {
            _key = Convert.FromBase64String(accountKey);
        }
        catch (FormatException)
        {
            throw new FormatException("The storage account key is not valid base64.");
        }
    }

    public override void OnSendingRequest(HttpMessage message)
    {
        var date = _timeProvider.GetUtcNow().ToString("R", CultureInfo.InvariantCulture);
        message.Request.Headers.SetValue("x-ms-date", date);
        var contentType = message.Request.Headers.TryGetValue("Content-Type", out var type) ? type : string.Empty;
        var contentMd5 = message.Request.Headers.TryGetValue("Content-MD5", out var md5) ? md5 : string.Empty;
        var stringToSign = StringToSign(message.Request.Method.Method, contentMd5, contentType, date, _accountName, message.Request.Uri.ToUri());
        message.Request.Headers.SetValue("Authorization", $"SharedKey {_accountName}:{Sign(_key, stringToSign)}");
    }

    internal static string StringToSign(string verb, string contentMd5, string contentType, string date, string accountName, Uri uri) =>
        string.Join('\n', verb, contentMd5, contentType, date, CanonicalizedResource(accountName, uri));

    internal static string CanonicalizedResource(string accountName, Uri uri)
    {
        var resource = $"/{accountName}{uri.AbsolutePath}";
        var comp = uri.Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .FirstOrDefault(pair => pair[0].Equals("comp", StringComparison.OrdinalIgnoreCase));
        return comp is { Length: 2 } ? $"{resource}?comp={comp[1]}" : resource;
    }

    internal static string Sign(byte[] key, string stringToSign) =>
        Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(stringToSign)));
}
