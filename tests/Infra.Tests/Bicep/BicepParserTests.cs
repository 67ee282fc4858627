namespace Infra.Tests.Bicep;

public class BicepParserTests
{
    private const string Sample = """
        @description('Region, with a comma, and a colon: here.')
        @allowed([
          'westeurope'
          'northeurope'
        ])
        param location string = 'westeurope'
        param optional string?
        param required int

        var names = [
          'a'
          'b'
        ]

        resource account 'Microsoft.Storage/storageAccounts@2025-01-01' = {
          name: 'st${location}'
          location: location
          properties: {
            minimumTlsVersion: 'TLS1_2'
            networkAcls: { defaultAction: 'Allow', bypass: 'AzureServices' }
          }
        }

        resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2025-01-01' = [
          for tableName in names: {
            name: tableName
          }
        ]

        resource vault 'Microsoft.KeyVault/vaults@2024-11-01' existing = if (required > 0) {
          name: 'kv'
        }

        output endpoint string = account.properties.primaryEndpoints.table
        """;

    [Fact]
    public void Parse_Parameters_KeepTypeDefaultAndDecorators()
    {
        var document = BicepDocument.Parse(Sample);

        var location = document.Parameter("location")!;
        Assert.Equal("string", location.Type);
        Assert.Equal("westeurope", location.Default!.AsLiteralString());
        Assert.Equal(["description", "allowed"], location.Decorators.Select(d => d.Name));
        Assert.Equal("['westeurope''northeurope']", location.Decorators[1].Arguments);
        Assert.False(location.IsRequired);
        Assert.False(document.Parameter("optional")!.IsRequired);
        Assert.True(document.Parameter("required")!.IsRequired);
    }

    [Fact]
    public void Parse_Resources_ExposeTypeVersionAndNestedProperties()
    {
        var document = BicepDocument.Parse(Sample);

        var account = Assert.Single(document.ResourcesOfType("Microsoft.Storage/storageAccounts"));
        Assert.Equal("2025-01-01", account.ApiVersion);
        Assert.Equal("'TLS1_2'", account.Find("properties.minimumTlsVersion")!.Text);
        Assert.Equal("AzureServices", account.Find("properties.networkAcls.bypass")!.AsLiteralString());
        Assert.Null(account.Find("properties.allowSharedKeyAccess"));
    }

    [Fact]
    public void Parse_LoopAndConditionalResources_ExposeTheirBody()
    {
        var document = BicepDocument.Parse(Sample);

        var tables = document.Resources.Single(r => r.Symbol == "tables");
        Assert.True(((BicepArray)tables.Body).IsLoop);
        Assert.Equal("tableName", tables.Find("name")!.AsIdentifier());
        var vault = document.Resources.Single(r => r.Symbol == "vault");
        Assert.True(vault.IsExisting);
        Assert.Equal("kv", vault.Find("name")!.AsLiteralString());
    }

    [Fact]
    public void Parse_LoopWithIndex_TreatsBothVariablesAsDeclarations()
    {
        var document = BicepDocument.Parse("param items array\nvar receivers = [for (item, i) in items: {\n  name: 'r-${i}'\n  value: item\n}]\n");

        var receivers = (BicepArray)document.Variable("receivers")!.Value;

        Assert.True(receivers.IsLoop);
        Assert.Equal("item", ((BicepObject)receivers.Items.Single()).Get("value")!.AsIdentifier());
        Assert.Equal(1, document.CountReferences("items"));
    }

    [Theory]
    [InlineData("var x = [for (item, i) on items: item]\n")]
    [InlineData("var x = [for item, i in items: item]\n")]
    public void Parse_MalformedLoop_IsRefused(string source)
    {
        var error = Assert.Throws<FormatException>(() => BicepDocument.Parse(source));

        Assert.Contains("malformed for loop", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CountReferences_IgnoresKeysMemberAccessesAndDeclarations()
    {
        var document = BicepDocument.Parse(Sample);

        Assert.Equal(2, document.CountReferences("location"));
        Assert.Equal(1, document.CountReferences("names"));
        Assert.Equal(0, document.CountReferences("optional"));
        Assert.Equal(0, document.CountReferences("minimumTlsVersion"));
        Assert.Equal(0, document.CountReferences("table"));
    }

    [Theory]
    [InlineData("import * as types from 'types.bicep'", "unsupported statement 'import'")]
    [InlineData("var x = {\n  a: 1\n", "unbalanced")]
    [InlineData("var x = {\n  a 1\n}", "expected 'name: value'")]
    [InlineData("resource r 'Microsoft.Web/sites' = {\n  name: 'x'\n}", "no API version")]
    public void Parse_SourceOutsideTheSupportedSubset_IsRefused(string source, string reason)
    {
        var error = Assert.Throws<FormatException>(() => BicepDocument.Parse(source));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }
}
