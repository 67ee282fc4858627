using Infra.Tests.Bicep;
using Infra.Tests.Checks;

namespace Infra.Tests.Templates;

public class FlexConsumptionTests
{
    private const string Site = "Microsoft.Web/sites";
    private const string Plan = "Microsoft.Web/serverfarms";

    public static TheoryData<string, string, string> Required() => new()
    {
        { Plan, "sku.name", "'FC1'" },
        { Plan, "sku.tier", "'FlexConsumption'" },
        { Plan, "properties.reserved", "true" },
        { Site, "kind", "'functionapp,linux'" },
        { Site, "properties.serverFarmId", "plan.id" },
        // An unknown runtime version deploys and then fails with a bare 500: it must be exactly dotnet-isolated 10.0.
        { Site, "properties.functionAppConfig.runtime.name", "'dotnet-isolated'" },
        { Site, "properties.functionAppConfig.runtime.version", "'10.0'" },
        { Site, "properties.functionAppConfig.scaleAndConcurrency.instanceMemoryMB", "instanceMemoryMB" },
        { Site, "properties.functionAppConfig.scaleAndConcurrency.maximumInstanceCount", "maximumInstanceCount" },
        { Site, "properties.functionAppConfig.deployment.storage.type", "'blobContainer'" },
        { Site, "properties.functionAppConfig.deployment.storage.value", "'${blobEndpoint}${deploymentContainerName}'" },
        { Site, "properties.functionAppConfig.deployment.storage.authentication.type", "'UserAssignedIdentity'" },
        { Site, "properties.functionAppConfig.deployment.storage.authentication.userAssignedIdentityResourceId", "identityId" },
        { Site, "identity.type", "'UserAssigned'" },
        { Site, "properties.keyVaultReferenceIdentity", "identityId" },
    };

    [Theory]
    [MemberData(nameof(Required))]
    public void FunctionApp_RunsTheIsolatedWorkerOnFlexConsumption(string resourceType, string path, string expected)
    {
        Assert.Empty(ResourceChecks.ExpectValue(InfraFiles.Parse(InfraFiles.FunctionApp), resourceType, path, expected));
    }

    [Fact]
    public void ExpectValue_RuntimeVersionChanged_IsReported()
    {
        var source = InfraFiles.Mutate(InfraFiles.Read(InfraFiles.FunctionApp), "        version: '10.0'\n", "        version: '10'\n");

        var problems = ResourceChecks.ExpectValue(BicepDocument.Parse(source), Site, "properties.functionAppConfig.runtime.version", "'10.0'");

        Assert.Equal(["Microsoft.Web/sites 'site': properties.functionAppConfig.runtime.version is '10', expected '10.0'"], problems);
    }

    [Fact]
    public void FunctionApp_RunsAsTheUserAssignedIdentityOnly()
    {
        var identities = (BicepObject?)InfraFiles.Parse(InfraFiles.FunctionApp).ResourcesOfType(Site).Single().Find("identity.userAssignedIdentities");

        var identity = Assert.Single(identities!.Properties);
        Assert.Equal("${identityId}", identity.Name);
    }

    [Fact]
    public void Storage_HoldsTheDeploymentContainerAndTheAppsTables()
    {
        var main = InfraFiles.Parse(InfraFiles.Main);
        var storage = InfraFiles.Parse(InfraFiles.Storage);

        var tableNames = (BicepArray)main.Variable("tableNames")!.Value;
        Assert.Equal(
            ["rules", "alertstates", "snapshots", "outbox", "audit", "control", "leases", "pricehistory"],
            tableNames.Items.Select(item => item.AsLiteralString()));
        Assert.Equal("tableNames", main.Module("storage")?.Params?.Get("tableNames")?.AsIdentifier());
        var tables = storage.ResourcesOfType("Microsoft.Storage/storageAccounts/tableServices/tables").Single();
        Assert.True(((BicepArray)tables.Body).IsLoop);
        Assert.StartsWith("[fortableNameintableNames:", tables.Body.Text, StringComparison.Ordinal);
        Assert.Equal("tableName", tables.Find("name")?.AsIdentifier());
        Assert.Equal("deploymentContainerName", storage.ResourcesOfType("Microsoft.Storage/storageAccounts/blobServices/containers").Single().Find("name")?.AsIdentifier());
        Assert.Equal(main.Module("storage")?.Params?.Get("deploymentContainerName")?.Text, main.Module("app")?.Params?.Get("deploymentContainerName")?.Text);
    }

    [Fact]
    public void MainTemplate_GrantsTheRolesBeforeTheAppStarts()
    {
        var app = InfraFiles.Parse(InfraFiles.Main).Module("app");

        Assert.Equal("[roles]", ((BicepObject)app!.Body).Get("dependsOn")?.Text);
    }
}
