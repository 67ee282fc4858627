using System.Diagnostics;

namespace Sentinel.TestSupport;

/// <summary>Lays out a project the test run has already built (<c>dotnet publish --no-build</c>) in a folder, for tests that start it as a process.</summary>
public static class DotnetPublish
{
    public static async Task RunAsync(string project, string configuration, string outputDirectory)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { "publish", project, "-c", configuration, "--no-build", "-o", outputDirectory, "-nologo", "-v", "quiet" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var publish = Process.Start(start)!;
        var output = publish.StandardOutput.ReadToEndAsync();
        var errors = publish.StandardError.ReadToEndAsync();
        await publish.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5)).ConfigureAwait(false);
        if (publish.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish of {Path.GetFileName(project)} failed:{Environment.NewLine}{await output.ConfigureAwait(false)}{await errors.ConfigureAwait(false)}");
        }
    }
}
