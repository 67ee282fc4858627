using System.Text.RegularExpressions;
using Sentinel.TestSupport;

namespace Functions.Tests;

/// <summary>
/// Code in the docs is taken from code that compiles: a C# block marked <c>&lt;!-- code: path, path --&gt;</c> may hold
/// only lines that stand in the named files (white space folded, trailing comments and lone braces aside), so a sample that
/// drifts from the code fails here. The pages of the app name their source for every C# block.
/// </summary>
public sealed partial class DocSamplesTests
{
    private static readonly string[] AppPages = ["alerts.md", "hosting.md", "monitoring.md", "architecture.md"];

    public static TheoryData<string> Pages => [.. Directory.GetFiles(RepositoryRoot.Combine("docs"), "*.md").Select(p => new FileInfo(p).Name).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Pages))]
    public void EveryMarkedSampleLine_StandsInTheFileItNames(string page)
    {
        var text = File.ReadAllText(RepositoryRoot.Combine("docs", page));

        var missing = new List<string>();
        foreach (Match block in CSharpBlock().Matches(text))
        {
            if (!block.Groups["source"].Success)
            {
                Assert.False(AppPages.Contains(page), $"{page}: a C# block without <!-- code: path -->:\n{block.Groups["code"].Value}");
                continue;
            }

            var source = block.Groups["source"].Value.Split(',', StringSplitOptions.TrimEntries)
                .SelectMany(path => File.ReadAllLines(RepositoryRoot.Combine(path.Split('/'))))
                .Select(Fold)
                .ToHashSet(StringComparer.Ordinal);
            missing.AddRange(block.Groups["code"].Value.Split('\n').Select(Fold).Where(line => line.Length > 1 && !source.Contains(line)));
        }

        Assert.True(missing.Count == 0, $"{page}: not in the named file:\n{string.Join('\n', missing)}");
    }

    // The line as code: trailing comment cut, white space folded.
    private static string Fold(string line)
    {
        var code = TrailingComment().Replace(line, string.Empty);
        return Spaces().Replace(code, " ").Trim();
    }

    [GeneratedRegex(@"(?:<!-- code: (?<source>[^>]+?) -->\s*\n)?```csharp\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();

    [GeneratedRegex(@"\s//.*$|^\s*//.*$")]
    private static partial Regex TrailingComment();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
