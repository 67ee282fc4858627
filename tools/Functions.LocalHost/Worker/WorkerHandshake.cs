using Sentinel.LocalHost.App;
using Sentinel.LocalHost.Functions;
using Sentinel.LocalHost.Worker.Rpc;

namespace Sentinel.LocalHost.Worker;

/// <summary>
/// The start of the stream, in the host's order: WorkerInitRequest, FunctionsMetadataRequest (the worker indexes
/// its own functions), then one FunctionLoadRequest per function with the worker's metadata echoed back.
/// </summary>
internal static class WorkerHandshake
{
    public const string HttpUriCapability = "HttpUri";
    private const string HostVersion = "4.1040.0";

    public static async Task<(IReadOnlyList<HostedFunction> Functions, Uri? HttpUri)> RunAsync(WorkerChannel channel, PublishedApp app, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(app);
        await channel.Attached.WaitAsync(cancellationToken);

        var init = await channel.RequestAsync(new StreamingMessage
        {
            WorkerInitRequest = new WorkerInitRequest { HostVersion = HostVersion, WorkerDirectory = app.Directory, FunctionAppDirectory = app.Directory },
        }, cancellationToken);
        EnsureSucceeded(init.WorkerInitResponse?.Result, "initialise");
        var httpUri = init.WorkerInitResponse!.Capabilities.TryGetValue(HttpUriCapability, out var uri) ? new Uri(uri) : null;

        var indexed = await channel.RequestAsync(new StreamingMessage
        {
            FunctionsMetadataRequest = new FunctionsMetadataRequest { FunctionAppDirectory = app.Directory },
        }, cancellationToken);
        var metadata = indexed.FunctionMetadataResponse ?? throw new LocalHostConfigurationException("The worker answered the metadata request with something else.");
        EnsureSucceeded(metadata.Result, "index its functions");
        if (metadata.UseDefaultMetadataIndexing)
        {
            throw new LocalHostConfigurationException("The worker asked the host to index functions itself; the local host serves only worker-indexed apps (Worker SDK 1.x or later).");
        }

        var functions = metadata.FunctionMetadataResults.Select(HostedFunction.FromMetadata).ToList();
        if (httpUri is null && functions.Any(function => function.Trigger is HttpTrigger))
        {
            throw new LocalHostConfigurationException("The worker has HTTP functions but no HttpUri capability: the local host needs ASP.NET Core integration (ConfigureFunctionsWebApplication).");
        }

        foreach (var function in functions)
        {
            var loaded = await channel.RequestAsync(new StreamingMessage
            {
                FunctionLoadRequest = new FunctionLoadRequest { FunctionId = function.Id, Metadata = function.Metadata },
            }, cancellationToken);
            EnsureSucceeded(loaded.FunctionLoadResponse?.Result, $"load function '{function.Name}'");
        }

        if (httpUri is not null)
        {
            await WorkerHttpReadiness.WaitAsync(httpUri, cancellationToken);
        }

        return (functions, httpUri);
    }

    private static void EnsureSucceeded(StatusResult? result, string step)
    {
        if (result?.Status != StatusResult.Types.Status.Success)
        {
            var reason = result?.Exception is { } exception ? $"{exception.Type}: {exception.Message}" : result?.Result;
            throw new LocalHostConfigurationException($"The worker failed to {step}: {(string.IsNullOrEmpty(reason) ? "no reason given" : reason)}");
        }
    }
}
