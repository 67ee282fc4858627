using System.Reflection;
using Sentinel.TestSupport;

namespace Sentinel.LocalHost.Tests.Support;

/// <summary>
/// Lays out a Functions app root with <c>dotnet publish --no-build</c>, in this test run's configuration: the app is
/// built with this project (a project reference without its assembly), so publishing only copies it.
/// </summary>
internal static class AppPublisher
{
    public static Task PublishAsync(string project, string output)
    {
        var configuration = typeof(AppPublisher).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "Configuration").Value!;
        return DotnetPublish.RunAsync(RepositoryRoot.Combine(project), configuration, output);
    }
}
