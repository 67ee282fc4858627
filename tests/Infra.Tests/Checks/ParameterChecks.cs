using Infra.Tests.Bicep;

namespace Infra.Tests.Checks;

public static class ParameterChecks
{
    /// <summary>Parameters a template declares but never references.</summary>
    public static IReadOnlyList<string> UnusedParameters(BicepDocument template)
    {
        ArgumentNullException.ThrowIfNull(template);
        return template.Parameters.Where(p => template.CountReferences(p.Name) == 0).Select(p => p.Name).ToList();
    }

    /// <summary>
    /// Problems in how <paramref name="parent"/> calls its modules: a parameter the module declares that the call
    /// does not pass (modules keep no silent defaults), or a passed name the module does not declare.
    /// </summary>
    public static IReadOnlyList<string> ModuleWiringProblems(BicepDocument parent, Func<string, BicepDocument> loadModule)
    {
        ArgumentNullException.ThrowIfNull(parent);
        ArgumentNullException.ThrowIfNull(loadModule);
        var problems = new List<string>();
        foreach (var module in parent.Modules)
        {
            var declared = loadModule(module.Path).Parameters.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
            var passed = module.Params?.Properties.Select(p => p.Name).ToHashSet(StringComparer.Ordinal) ?? [];
            problems.AddRange(declared.Except(passed).Order(StringComparer.Ordinal)
                .Select(name => $"module '{module.Symbol}' ({module.Path}) does not pass parameter '{name}'"));
            problems.AddRange(passed.Except(declared).Order(StringComparer.Ordinal)
                .Select(name => $"module '{module.Symbol}' passes '{name}', which {module.Path} does not declare"));
        }

        return problems;
    }

    /// <summary>Problems of a .bicepparam file: a parameter the template does not declare, or a required one it leaves out.</summary>
    public static IReadOnlyList<string> ParameterFileProblems(BicepDocument parameterFile, BicepDocument template)
    {
        ArgumentNullException.ThrowIfNull(parameterFile);
        ArgumentNullException.ThrowIfNull(template);
        var set = parameterFile.Parameters.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var problems = parameterFile.Parameters
            .Where(p => template.Parameter(p.Name) is null)
            .Select(p => $"line {p.Line}: '{p.Name}' is not a parameter of the template")
            .ToList();
        problems.AddRange(template.Parameters
            .Where(p => p.IsRequired && !set.Contains(p.Name))
            .Select(p => $"required parameter '{p.Name}' is not set"));
        return problems;
    }
}
