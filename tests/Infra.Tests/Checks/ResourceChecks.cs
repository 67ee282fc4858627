using System.Text.RegularExpressions;
using Infra.Tests.Bicep;

namespace Infra.Tests.Checks;

public static partial class ResourceChecks
{
    /// <summary>
    /// Every resource this template declares (not the <c>existing</c> references) of <paramref name="resourceType"/>
    /// must have <paramref name="expected"/> (written as in Bicep: <c>true</c>, <c>'1.2'</c>) at <paramref name="path"/>.
    /// </summary>
    public static IReadOnlyList<string> ExpectValue(BicepDocument template, string resourceType, string path, string expected)
    {
        ArgumentNullException.ThrowIfNull(template);
        var resources = template.ResourcesOfType(resourceType).Where(r => !r.IsExisting).ToList();
        if (resources.Count == 0)
        {
            return [$"no {resourceType} resource is declared"];
        }

        return resources
            .Select(r => (r.Symbol, Value: r.Find(path)?.Text))
            .Where(r => r.Value != expected)
            .Select(r => $"{resourceType} '{r.Symbol}': {path} is {r.Value ?? "missing"}, expected {expected}")
            .ToList();
    }

    /// <summary>
    /// Each resource type's API version must be a dated GA version (no -preview) no older than its researched minimum;
    /// a type without a researched minimum is itself a problem.
    /// </summary>
    public static IReadOnlyList<string> ApiVersionProblems(BicepDocument template, IReadOnlyDictionary<string, string> minimums)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(minimums);
        var problems = new List<string>();
        foreach (var resource in template.Resources)
        {
            var where = $"'{resource.Symbol}' ({resource.Type}@{resource.ApiVersion})";
            if (!GaVersion().IsMatch(resource.ApiVersion))
            {
                problems.Add($"{where} is not a GA API version");
            }
            else if (!minimums.TryGetValue(resource.Type, out var minimum))
            {
                problems.Add($"{where}: no researched minimum API version for this type");
            }
            else if (string.CompareOrdinal(resource.ApiVersion, minimum) < 0)
            {
                problems.Add($"{where} is older than {minimum}");
            }
        }

        return problems;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex GaVersion();
}
