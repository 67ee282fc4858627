namespace Sentinel.TestSupport;

/// <summary>Locates files of the repository (and the shared fixtures beside it) from a test's output folder.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Functions.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Functions.sln above {AppContext.BaseDirectory}.");
    });

    public static string Path => Root.Value;

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Root.Value, .. parts]);

    /// <summary>The shared fixtures folder (../shared/fixtures), which tests read in place and never edit.</summary>
    public static string SharedFixtures(params string[] parts)
    {
        var fixtures = System.IO.Path.GetFullPath(System.IO.Path.Combine(Root.Value, "..", "shared", "fixtures"));
        if (!Directory.Exists(fixtures))
        {
            throw new DirectoryNotFoundException($"Shared fixtures not found at {fixtures}; the repository must sit beside shared/.");
        }

        return System.IO.Path.Combine([fixtures, .. parts]);
    }
}
