using Azure.Core;

namespace Sentinel.Functions.State.Tables;

/// <summary>Pipeline options (retries, diagnostics, transport) for the Table client, as Azure SDK clients take them.</summary>
public sealed class TableClientOptions : ClientOptions
{
    /// <summary>The Table REST API version sent as x-ms-version.</summary>
    public string ServiceVersion { get; set; } = "2019-02-02";

    /// <summary>The clock used to date signed requests.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
