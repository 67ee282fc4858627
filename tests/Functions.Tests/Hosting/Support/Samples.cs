namespace Functions.Tests.Hosting.Support;

/// <summary>The protocol samples under Hosting/Samples (see SOURCE.md there).</summary>
public static class Samples
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Hosting", "Samples", name));
}
