using System.Diagnostics;
using System.Globalization;
using Sentinel.LocalHost.App;

namespace Sentinel.LocalHost.Worker;

/// <summary>How the Functions host starts a language worker: the command line and environment it gives the process.</summary>
internal static class WorkerLaunch
{
    /// <summary>The gRPC message size limit the host passes when none is configured.</summary>
    public const int GrpcMaxMessageLength = int.MaxValue;

    public static ProcessStartInfo Create(PublishedApp app, AppSettings settings, Uri rpcEndpoint, string workerId, string requestId)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(rpcEndpoint);
        var start = new ProcessStartInfo(app.Worker.ExecutablePath)
        {
            WorkingDirectory = app.Directory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in Arguments(app.Worker, rpcEndpoint, workerId, requestId))
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in settings.FromFile)
        {
            start.Environment[name] = value;
        }

        // The worker resolves function assemblies from these; the function load fails without one of them.
        start.Environment["FUNCTIONS_WORKER_DIRECTORY"] = app.Directory;
        start.Environment["FUNCTIONS_APPLICATION_DIRECTORY"] = app.Directory;
        return start;
    }

    public static IEnumerable<string> Arguments(WorkerDescription worker, Uri rpcEndpoint, string workerId, string requestId)
    {
        ArgumentNullException.ThrowIfNull(worker);
        ArgumentNullException.ThrowIfNull(rpcEndpoint);
        var maxLength = GrpcMaxMessageLength.ToString(CultureInfo.InvariantCulture);
        var port = rpcEndpoint.Port.ToString(CultureInfo.InvariantCulture);
        return
        [
            .. worker.ExecutableArguments,
            worker.WorkerPath,
            .. worker.WorkerArguments,
            "--host", rpcEndpoint.Host,
            "--port", port,
            "--workerId", workerId,
            "--requestId", requestId,
            "--grpcMaxMessageLength", maxLength,
            "--functions-uri", rpcEndpoint.AbsoluteUri,
            "--functions-worker-id", workerId,
            "--functions-request-id", requestId,
            "--functions-grpc-max-message-length", maxLength,
        ];
    }
}
