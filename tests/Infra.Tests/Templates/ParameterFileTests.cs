using Infra.Tests.Bicep;
using Infra.Tests.Checks;

namespace Infra.Tests.Templates;

public class ParameterFileTests
{
    [Fact]
    public void ParameterFile_AppliesToTheMainTemplate()
    {
        Assert.Equal(InfraFiles.Main, InfraFiles.Parse(InfraFiles.ParameterFile).UsingPath);
    }

    [Fact]
    public void ParameterFile_SetsOnlyDeclaredParametersAndEveryRequiredOne()
    {
        var problems = ParameterChecks.ParameterFileProblems(InfraFiles.Parse(InfraFiles.ParameterFile), InfraFiles.Parse(InfraFiles.Main));

        Assert.Empty(problems);
    }

    [Fact]
    public void ParameterFile_UndeclaredParameter_IsReported()
    {
        var source = InfraFiles.Read(InfraFiles.ParameterFile) + "param sentinelModes = 'live'\n";

        var problems = ParameterChecks.ParameterFileProblems(BicepDocument.Parse(source), InfraFiles.Parse(InfraFiles.Main));

        var problem = Assert.Single(problems);
        Assert.EndsWith("'sentinelModes' is not a parameter of the template", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ParameterFile_RequiredParameterLeftOut_IsReported()
    {
        var template = InfraFiles.Mutate(InfraFiles.Read(InfraFiles.Main), "param bitgetBaseAddress string = 'https://api.bitget.com'", "param bitgetBaseAddress string");

        var problems = ParameterChecks.ParameterFileProblems(InfraFiles.Parse(InfraFiles.ParameterFile), BicepDocument.Parse(template));

        Assert.Equal(["required parameter 'bitgetBaseAddress' is not set"], problems);
    }

    [Fact]
    public void ParameterFile_ExampleKeepsAutomationInDryRun()
    {
        var mode = InfraFiles.Parse(InfraFiles.ParameterFile).Parameter("sentinelMode");

        Assert.Equal("dry-run", mode?.Default?.AsLiteralString());
    }

    [Theory]
    [InlineData("appUrl", "'https://${app.outputs.defaultHostName}'")]
    [InlineData("functionAppName", "app.outputs.name")]
    [InlineData("keyVaultName", "vault.outputs.name")]
    [InlineData("keyVaultUri", "vault.outputs.uri")]
    public void MainTemplate_OutputsWhatTheDeployGuideUses(string output, string expression)
    {
        var declared = InfraFiles.Parse(InfraFiles.Main).Outputs.SingleOrDefault(o => o.Name == output);

        Assert.Equal(expression, declared?.Value.Text);
    }
}
