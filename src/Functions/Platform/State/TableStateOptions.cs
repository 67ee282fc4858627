namespace Sentinel.Functions.Platform.State;

/// <summary>
/// Where state lives. Exactly one of: <c>State__ConnectionString</c> (Shared Key; Azurite locally, e.g.
/// <c>UseDevelopmentStorage=true</c>) or <c>State__TableServiceUri</c> (managed identity in Azure,
/// e.g. https://account.table.core.windows.net).
/// </summary>
internal sealed class TableStateOptions
{
    public const string SectionName = "State";

    public string? ConnectionString { get; set; }

    public string? TableServiceUri { get; set; }

    /// <summary>Never prints the connection string, which may hold an account key.</summary>
    public override string ToString() =>
        $"TableStateOptions {{ ConnectionString = {(string.IsNullOrEmpty(ConnectionString) ? "(none)" : "***")}, TableServiceUri = {TableServiceUri ?? "(none)"} }}";
}
