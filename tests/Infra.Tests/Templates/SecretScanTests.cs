using Infra.Tests.Checks;

namespace Infra.Tests.Templates;

public class SecretScanTests
{
    public static TheoryData<string> InfraFilesOnDisk() =>
        new(Directory.EnumerateFiles(InfraFiles.InfraRoot, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(InfraFiles.InfraRoot, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(InfraFilesOnDisk))]
    public void InfraFile_HoldsNoSecretMaterial(string file)
    {
        Assert.Empty(SecretScan.Findings(File.ReadAllText(Path.Combine(InfraFiles.InfraRoot, file))));
    }

    [Theory]
    [InlineData("value: 'DefaultEndpointsProtocol=https;AccountName=st;AccountKey=not-a-real-key'", "a storage account key")]
    [InlineData("value: 'DefaultEndpointsProtocol=https;AccountName=st'", "a storage connection string")]
    [InlineData("value: 'https://st.blob.core.windows.net/c?sv=2022-11-02&sp=r&sig=not-a-real-signature'", "a SAS signature (sig=)")]
    [InlineData("value: 'SharedAccessSignature=sv=2022-11-02'", "a shared access signature")]
    [InlineData("value: storage.listKeys().keys[0].value", "a list*() call that returns keys or secrets")]
    [InlineData("value: listKeys(storage.id, '2025-01-01').keys[0].value", "a list*() call that returns keys or secrets")]
    [InlineData("administratorLoginPassword: 'not-a-real-password'", "a password literal")]
    [InlineData("param bitgetApiSecret string = 'not-a-real-secret'", "a secret literal")]
    [InlineData("param bitgetPassphrase string = 'not-a-real-passphrase'", "a secret literal")]
    [InlineData("value: 'InstrumentationKey=00000000-0000-0000-0000-000000000000'", "a hard-coded instrumentation key")]
    [InlineData("@secure()", "a @secure() parameter: no secret may pass through the templates")]
    public void Findings_SecretMaterial_IsReported(string line, string what)
    {
        var findings = SecretScan.Findings($"// first line\n{line}\n");

        Assert.Contains($"line 2: {what}", findings);
    }

    [Theory]
    [InlineData("var keyVaultSecretsUser = '4633458b-17de-408a-b874-0445c86b69e6'")]
    [InlineData("value: 'ClientId=${identityClientId};Authorization=AAD'")]
    [InlineData("name: 'AzureWebJobsStorage__credential'")]
    [InlineData("@description('Days a deleted secret or vault can be recovered.')")]
    [InlineData("value: appInsightsConnectionString")]
    public void Findings_IdentityReferencesAndPublicIds_AreNotSecrets(string line)
    {
        Assert.Empty(SecretScan.Findings(line));
    }

    [Fact]
    public void Findings_ConnectionStringPutIntoTheTemplate_IsReported()
    {
        var source = InfraFiles.Mutate(
            InfraFiles.Read(InfraFiles.FunctionApp),
            "          value: 'managedidentity'\n",
            "          value: 'DefaultEndpointsProtocol=https;AccountName=${storageAccountName};AccountKey=${storage.listKeys().keys[0].value}'\n");

        var findings = SecretScan.Findings(source);

        Assert.Equal(3, findings.Count);
        Assert.All(findings, finding => Assert.StartsWith($"line {LineOf(source, "AccountKey=")}: ", finding, StringComparison.Ordinal));
    }

    private static int LineOf(string source, string fragment) =>
        source[..source.IndexOf(fragment, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
}
