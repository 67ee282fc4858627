using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Sentinel.TestSupport;

namespace Functions.Tests.Platform.Secrets;

/// <summary>
/// A local HTTPS stand-in for Key Vault's secrets endpoint (GET /secrets/{name}?api-version=…), with the
/// bearer challenge the SDK expects, a self-signed certificate made at start, and request counters.
/// </summary>
internal sealed class KeyVaultStandIn : IAsyncDisposable
{
    public const string Token = "stand-in-access-token";
    public const string Tenant = "00000000-0000-0000-0000-0000000000aa";

    private readonly ConcurrentDictionary<string, (string Value, string Version)> _secrets = new();
    private readonly ConcurrentDictionary<string, int> _reads = new();
    private readonly ConcurrentDictionary<string, HttpStatusCode> _failures = new();
    private WebApplication? _app;
    private int _challenges;

    private KeyVaultStandIn(X509Certificate2 certificate, int port)
    {
        Certificate = certificate;
        VaultUri = new Uri($"https://127.0.0.1:{port}/");
    }

    public X509Certificate2 Certificate { get; }

    public Uri VaultUri { get; }

    public int Challenges => _challenges;

    public static async Task<KeyVaultStandIn> StartAsync()
    {
        var standIn = new KeyVaultStandIn(CreateCertificate(), FreePort.Next());
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.Listen(IPAddress.Loopback, standIn.VaultUri.Port, listen => listen.UseHttps(standIn.Certificate)));
        standIn._app = builder.Build();
        standIn._app.MapGet("/secrets/{name}", standIn.Handle);
        await standIn._app.StartAsync();
        return standIn;
    }

    public void Set(string name, string value) => _secrets[name] = (value, Guid.NewGuid().ToString("N"));

    public void FailWith(string name, HttpStatusCode status) => _failures[name] = status;

    public int Reads(string name) => _reads.GetValueOrDefault(name);

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        Certificate.Dispose();
    }

    private IResult Handle(string name, HttpRequest request)
    {
        if (request.Headers.Authorization.ToString() != $"Bearer {Token}")
        {
            Interlocked.Increment(ref _challenges);
            request.HttpContext.Response.Headers.WWWAuthenticate =
                $"Bearer authorization=\"https://login.microsoftonline.com/{Tenant}\", resource=\"https://vault.azure.net\"";
            return Results.Json(Error("Unauthorized", "AKV10000: Request is missing a Bearer or PoP token."), statusCode: 401);
        }

        if (string.IsNullOrEmpty(request.Query["api-version"]))
        {
            return Results.Json(Error("BadParameter", "The api-version parameter is missing."), statusCode: 400);
        }

        _reads.AddOrUpdate(name, 1, (_, n) => n + 1);
        if (_failures.TryGetValue(name, out var failure))
        {
            return Results.Json(Error("Forbidden", "Caller is not authorized to perform action on resource."), statusCode: (int)failure);
        }

        if (!_secrets.TryGetValue(name, out var secret))
        {
            return Results.Json(Error("SecretNotFound", $"A secret with (name/id) {name} was not found in this key vault."), statusCode: 404);
        }

        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        return Results.Json(new Dictionary<string, object>
        {
            ["value"] = secret.Value,
            ["id"] = $"{VaultUri}secrets/{name}/{secret.Version}",
            ["attributes"] = new Dictionary<string, object> { ["enabled"] = true, ["created"] = now, ["updated"] = now, ["recoveryLevel"] = "Recoverable+Purgeable", ["recoverableDays"] = 90 },
            ["tags"] = new Dictionary<string, string>(),
        });
    }

    private static Dictionary<string, object> Error(string code, string message) =>
        new() { ["error"] = new Dictionary<string, string> { ["code"] = code, ["message"] = message } };

    private static X509Certificate2 CreateCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), password: null);
    }
}
