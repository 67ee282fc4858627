using Sentinel.LocalHost.App;
using Sentinel.LocalHost.Worker;

namespace Sentinel.LocalHost.Tests.Worker;

public sealed class WorkerLaunchTests
{
    private static readonly Uri Rpc = new("http://127.0.0.1:50123/");

    [Fact]
    public void Arguments_AreTheHostsAndTheirFunctionsTwins()
    {
        var worker = new WorkerDescription("dotnet", "App.dll", [], []);

        var arguments = WorkerLaunch.Arguments(worker, Rpc, "worker-1", "request-1");

        Assert.Equal(
        [
            "App.dll",
            "--host", "127.0.0.1", "--port", "50123", "--workerId", "worker-1", "--requestId", "request-1", "--grpcMaxMessageLength", "2147483647",
            "--functions-uri", "http://127.0.0.1:50123/", "--functions-worker-id", "worker-1", "--functions-request-id", "request-1",
            "--functions-grpc-max-message-length", "2147483647",
        ], arguments);
    }

    [Fact]
    public void Arguments_KeepTheExecutablesAndTheWorkersOwnArgumentsAroundTheWorkerPath()
    {
        var worker = new WorkerDescription("dotnet", "App.dll", ["exec"], ["--verbose"]);

        var arguments = WorkerLaunch.Arguments(worker, Rpc, "w", "r").Take(3);

        Assert.Equal(["exec", "App.dll", "--verbose"], arguments);
    }

    [Fact]
    public void Environment_HasBothDirectoriesAndTheFilesSettings()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"app-{Guid.NewGuid():N}");
        var app = new PublishedApp(directory, new WorkerDescription("dotnet", "App.dll", [], []), "api");
        var settingsFile = Path.Combine(Path.GetTempPath(), $"settings-{Guid.NewGuid():N}.json");
        File.WriteAllText(settingsFile, """{ "Values": { "MONITOR_SCHEDULE": "*/5 * * * * *" } }""");
        try
        {
            var start = WorkerLaunch.Create(app, AppSettings.Load(settingsFile, new Dictionary<string, string>()), Rpc, "w", "r");

            Assert.Equal("dotnet", start.FileName);
            Assert.Equal(directory, start.WorkingDirectory);
            Assert.Equal(directory, start.Environment["FUNCTIONS_WORKER_DIRECTORY"]);
            Assert.Equal(directory, start.Environment["FUNCTIONS_APPLICATION_DIRECTORY"]);
            Assert.Equal("*/5 * * * * *", start.Environment["MONITOR_SCHEDULE"]);
        }
        finally
        {
            File.Delete(settingsFile);
        }
    }
}
