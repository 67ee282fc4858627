using System.Text.RegularExpressions;

namespace Sentinel.Functions.Hosting.Declarations;

/// <summary>The Functions host's rule for function names (they become folder names and invocation paths).</summary>
public static partial class FunctionNames
{
    public static void Validate(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!ValidName().IsMatch(name))
        {
            throw new ArgumentException(
                $"'{name}' is not a valid Azure Functions name: start with a letter, then letters, digits, '-' or '_', at most 128 characters.",
                nameof(name));
        }
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]{0,127}$")]
    private static partial Regex ValidName();
}
