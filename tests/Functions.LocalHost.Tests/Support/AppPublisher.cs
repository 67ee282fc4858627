using System.Diagnostics;
using System.Reflection;
using Sentinel.TestSupport;

namespace Sentinel.LocalHost.Tests.Support;

/// <summary>
/// Lays out a Functions app root with <c>dotnet publish --no-build</c>, in this test run's configuration: the app is
/// built with this project (a project reference without its assembly), so publishing only copies it.
/// </summary>
internal static class AppPublisher
{
    public static async Task PublishAsync(string project, string output)
    {
        var configuration = typeof(AppPublisher).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "Configuration").Value!;
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { "publish", RepositoryRoot.Combine(project), "-c", configuration, "--no-build", "-o", output, "-nologo", "-v", "quiet" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var publish = Process.Start(start)!;
        var stdout = publish.StandardOutput.ReadToEndAsync();
        var stderr = publish.StandardError.ReadToEndAsync();
        await publish.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
        if (publish.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish of {project} failed:{Environment.NewLine}{await stdout}{await stderr}");
        }
    }
}
