namespace Sentinel.Functions.State.Tables;

/// <summary>The parts of a storage connection string the Table client needs. The key never appears in ToString.</summary>
internal sealed class TableConnectionString
{
    internal const string DevelopmentAccountName = "devstoreaccount1";

    // Azurite's published development key (documented by Microsoft, not a secret).
    internal const string DevelopmentAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private TableConnectionString(Uri tableEndpoint, string accountName, string accountKey)
    {
        TableEndpoint = tableEndpoint;
        AccountName = accountName;
        AccountKey = accountKey;
    }

    public Uri TableEndpoint { get; }

    public string AccountName { get; }

    public string AccountKey { get; }

    public static TableConnectionString Parse(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var parts = connectionString
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => part.Split('=', 2))
            .Where(pair => pair.Length == 2)
            .ToDictionary(pair => pair[0], pair => pair[1], StringComparer.OrdinalIgnoreCase);

        if (parts.TryGetValue("UseDevelopmentStorage", out var development) && bool.TryParse(development, out var isDevelopment) && isDevelopment)
        {
            var proxy = parts.TryGetValue("DevelopmentStorageProxyUri", out var proxyUri) ? new Uri(proxyUri) : new Uri("http://127.0.0.1");
            var endpoint = new Uri($"{proxy.Scheme}://{proxy.Host}:10002/{DevelopmentAccountName}");
            return new TableConnectionString(endpoint, DevelopmentAccountName, DevelopmentAccountKey);
        }

        var accountName = Required(parts, "AccountName");
        var accountKey = Required(parts, "AccountKey");
        var tableEndpoint = parts.TryGetValue("TableEndpoint", out var explicitEndpoint)
            ? new Uri(explicitEndpoint.TrimEnd('/'))
            : new Uri($"{parts.GetValueOrDefault("DefaultEndpointsProtocol", "https")}://{accountName}.table.{parts.GetValueOrDefault("EndpointSuffix", "core.windows.net")}");
        return new TableConnectionString(tableEndpoint, accountName, accountKey);
    }

    public override string ToString() => $"TableEndpoint={TableEndpoint};AccountName={AccountName};AccountKey=***";

    private static string Required(Dictionary<string, string> parts, string name) =>
        parts.TryGetValue(name, out var value) && value.Length > 0
            ? value
            : throw new FormatException($"The storage connection string has no {name} (and is not UseDevelopmentStorage=true).");
}
