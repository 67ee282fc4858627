using Infra.Tests.Bicep;
using Infra.Tests.Checks;

namespace Infra.Tests.Templates;

public class SecuritySettingsTests
{
    private const string Site = "Microsoft.Web/sites";
    private const string Account = "Microsoft.Storage/storageAccounts";
    private const string Vault = "Microsoft.KeyVault/vaults";

    public static TheoryData<string, string, string, string> Required() => new()
    {
        { InfraFiles.FunctionApp, Site, "properties.httpsOnly", "true" },
        { InfraFiles.FunctionApp, Site, "properties.siteConfig.minTlsVersion", "'1.2'" },
        { InfraFiles.FunctionApp, Site, "properties.siteConfig.scmMinTlsVersion", "'1.2'" },
        { InfraFiles.FunctionApp, Site, "properties.siteConfig.ftpsState", "'Disabled'" },
        { InfraFiles.FunctionApp, Site, "properties.siteConfig.remoteDebuggingEnabled", "false" },
        { InfraFiles.FunctionApp, "Microsoft.Web/sites/basicPublishingCredentialsPolicies", "properties.allow", "false" },
        { InfraFiles.Storage, Account, "properties.allowSharedKeyAccess", "false" },
        { InfraFiles.Storage, Account, "properties.minimumTlsVersion", "'TLS1_2'" },
        { InfraFiles.Storage, Account, "properties.allowBlobPublicAccess", "false" },
        { InfraFiles.Storage, Account, "properties.supportsHttpsTrafficOnly", "true" },
        { InfraFiles.Storage, "Microsoft.Storage/storageAccounts/blobServices/containers", "properties.publicAccess", "'None'" },
        { InfraFiles.KeyVault, Vault, "properties.enableRbacAuthorization", "true" },
        { InfraFiles.KeyVault, Vault, "properties.enableSoftDelete", "true" },
        { InfraFiles.KeyVault, Vault, "properties.enablePurgeProtection", "true" },
        { InfraFiles.Monitoring, "Microsoft.Insights/components", "properties.DisableLocalAuth", "true" },
    };

    [Theory]
    [MemberData(nameof(Required))]
    public void Resource_HasTheSecuritySetting(string template, string resourceType, string path, string expected)
    {
        Assert.Empty(ResourceChecks.ExpectValue(InfraFiles.Parse(template), resourceType, path, expected));
    }

    [Fact]
    public void BasicPublishingCredentials_AreOffForFtpAndScm()
    {
        var policies = InfraFiles.Parse(InfraFiles.FunctionApp).ResourcesOfType("Microsoft.Web/sites/basicPublishingCredentialsPolicies");

        Assert.Equal(["ftp", "scm"], policies.Select(p => p.Find("name")?.AsLiteralString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void KeyVault_HasNoAccessPolicies()
    {
        Assert.Null(InfraFiles.Parse(InfraFiles.KeyVault).ResourcesOfType(Vault).Single().Find("properties.accessPolicies"));
    }

    [Theory]
    [InlineData(InfraFiles.FunctionApp, "    httpsOnly: true\n", "    httpsOnly: false\n", Site, "properties.httpsOnly", "true", "is false")]
    [InlineData(InfraFiles.Storage, "    allowSharedKeyAccess: false\n", "", Account, "properties.allowSharedKeyAccess", "false", "is missing")]
    [InlineData(InfraFiles.FunctionApp, "      ftpsState: 'Disabled'\n", "      ftpsState: 'FtpsOnly'\n", Site, "properties.siteConfig.ftpsState", "'Disabled'", "is 'FtpsOnly'")]
    [InlineData(InfraFiles.KeyVault, "    enableRbacAuthorization: true\n", "    enableRbacAuthorization: false\n", Vault, "properties.enableRbacAuthorization", "true", "is false")]
    public void ExpectValue_WeakenedSetting_IsReported(string template, string fragment, string replacement, string resourceType, string path, string expected, string reported)
    {
        var source = InfraFiles.Mutate(InfraFiles.Read(template), fragment, replacement);

        var problem = Assert.Single(ResourceChecks.ExpectValue(BicepDocument.Parse(source), resourceType, path, expected));
        Assert.Contains($"{path} {reported}, expected {expected}", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ExpectValue_ResourceTypeAbsent_IsReported()
    {
        var problem = Assert.Single(ResourceChecks.ExpectValue(InfraFiles.Parse(InfraFiles.Storage), Vault, "properties.enablePurgeProtection", "true"));

        Assert.Equal($"no {Vault} resource is declared", problem);
    }
}
