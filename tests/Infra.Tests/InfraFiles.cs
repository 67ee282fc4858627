using Infra.Tests.Bicep;
using Sentinel.TestSupport;

namespace Infra.Tests;

/// <summary>The repository's templates under infra/bicep, read in place.</summary>
public static class InfraFiles
{
    public const string Main = "main.bicep";
    public const string ParameterFile = "main.bicepparam";
    public const string FunctionApp = "modules/functionapp.bicep";
    public const string Roles = "modules/roles.bicep";
    public const string Storage = "modules/storage.bicep";
    public const string KeyVault = "modules/keyvault.bicep";
    public const string Monitoring = "modules/monitoring.bicep";
    public const string DeadMansSwitch = "modules/deadmansswitch.bicep";

    public static string InfraRoot => RepositoryRoot.Combine("infra");

    public static string BicepRoot => RepositoryRoot.Combine("infra", "bicep");

    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(BicepRoot, relativePath));

    public static BicepDocument Parse(string relativePath) => BicepDocument.Parse(Read(relativePath));

    /// <summary>Every .bicep file, as a path relative to infra/bicep with forward slashes.</summary>
    public static IReadOnlyList<string> BicepFiles() =>
        Directory.EnumerateFiles(BicepRoot, "*.bicep", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(BicepRoot, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Replaces one fragment of a template, failing if it is not there (so a mutation test cannot silently test nothing).</summary>
    public static string Mutate(string source, string fragment, string replacement)
    {
        ArgumentNullException.ThrowIfNull(source);
        Assert.Contains(fragment, source, StringComparison.Ordinal);
        return source.Replace(fragment, replacement, StringComparison.Ordinal);
    }
}
