using Infra.Tests.Bicep;
using Infra.Tests.Checks;

namespace Infra.Tests.Templates;

public class ParameterTests
{
    public static TheoryData<string> Templates() => new(InfraFiles.BicepFiles());

    [Fact]
    public void Templates_AreAllFound()
    {
        Assert.Equal(
            [InfraFiles.Main, "modules/deadmansswitch.bicep", "modules/functionapp.bicep", "modules/identity.bicep", "modules/keyvault.bicep", "modules/monitoring.bicep", "modules/roles.bicep", "modules/storage.bicep"],
            InfraFiles.BicepFiles());
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void EveryDeclaredParameter_IsUsed(string template)
    {
        Assert.Empty(ParameterChecks.UnusedParameters(InfraFiles.Parse(template)));
    }

    [Fact]
    public void UnusedParameters_ParameterAddedButNeverReferenced_IsReported()
    {
        var source = InfraFiles.Mutate(InfraFiles.Read(InfraFiles.Main), "targetScope = 'resourceGroup'\n", "targetScope = 'resourceGroup'\n\nparam forgotten string = 'x'\n");

        Assert.Equal(["forgotten"], ParameterChecks.UnusedParameters(BicepDocument.Parse(source)));
    }

    [Fact]
    public void UnusedParameters_ReferenceRemovedFromTheOnlyPlaceUsingIt_IsReported()
    {
        var source = InfraFiles.Mutate(InfraFiles.Read(InfraFiles.Main), "    retentionInDays: logRetentionInDays\n", "    retentionInDays: 30\n");

        Assert.Equal(["logRetentionInDays"], ParameterChecks.UnusedParameters(BicepDocument.Parse(source)));
    }

    [Fact]
    public void UnusedParameters_NameOnlyAsObjectKeyOrPropertyAccess_CountsAsUnused()
    {
        var document = BicepDocument.Parse("param location string\nvar x = {\n  location: 'westeurope'\n}\noutput y string = resourceGroup().location\n");

        Assert.Equal(["location"], ParameterChecks.UnusedParameters(document));
    }

    [Fact]
    public void UnusedParameters_ReferenceInsideInterpolationOnly_CountsAsUsed()
    {
        var document = BicepDocument.Parse("param appName string\nvar siteName = 'func-${appName}'\n");

        Assert.Empty(ParameterChecks.UnusedParameters(document));
    }

    [Fact]
    public void EveryModuleCall_PassesExactlyTheModulesParameters()
    {
        Assert.Empty(ParameterChecks.ModuleWiringProblems(InfraFiles.Parse(InfraFiles.Main), InfraFiles.Parse));
    }

    [Fact]
    public void ModuleWiring_ArgumentRemoved_IsReported()
    {
        var source = InfraFiles.Mutate(InfraFiles.Read(InfraFiles.Main), "    vaultUri: vault.outputs.uri\n", string.Empty);

        var problems = ParameterChecks.ModuleWiringProblems(BicepDocument.Parse(source), InfraFiles.Parse);

        Assert.Equal(["module 'app' (modules/functionapp.bicep) does not pass parameter 'vaultUri'"], problems);
    }

    [Fact]
    public void ModuleWiring_MisspelledArgument_IsReportedBothWays()
    {
        var source = InfraFiles.Mutate(InfraFiles.Read(InfraFiles.Main), "    vaultUri: vault.outputs.uri\n", "    vaultUrl: vault.outputs.uri\n");

        var problems = ParameterChecks.ModuleWiringProblems(BicepDocument.Parse(source), InfraFiles.Parse);

        Assert.Equal(
            ["module 'app' (modules/functionapp.bicep) does not pass parameter 'vaultUri'", "module 'app' passes 'vaultUrl', which modules/functionapp.bicep does not declare"],
            problems);
    }
}
