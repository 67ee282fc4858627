using Sentinel.LocalHost.App;

namespace Sentinel.LocalHost.Tests.App;

public sealed class AppSettingsTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"settings-{Guid.NewGuid():N}.json");

    [Fact]
    public void ValuesFromTheFile_AreAdded_ButTheEnvironmentWins()
    {
        File.WriteAllText(_file, """{ "IsEncrypted": false, "Values": { "FROM_FILE": "file", "BOTH": "file", "NUMBER": 5 } }""");

        var settings = AppSettings.Load(_file, new Dictionary<string, string> { ["BOTH"] = "environment" });

        Assert.Equal("file", settings["FROM_FILE"]);
        Assert.Equal("environment", settings["BOTH"]);
        Assert.Equal("5", settings["NUMBER"]);
        Assert.Equal(["FROM_FILE", "NUMBER"], settings.FromFile.Keys.Order());
    }

    [Fact]
    public void MissingSettingsFile_IsAClearError()
    {
        var error = Assert.Throws<LocalHostConfigurationException>(() => AppSettings.Load(_file, new Dictionary<string, string>()));

        Assert.Contains(_file, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "version": "2.0" }""", "api")]
    [InlineData("""{ "version": "2.0", "extensions": { "http": { "routePrefix": "v1" } } }""", "v1")]
    [InlineData("""{ "extensions": { "http": { "routePrefix": "" } } }""", "")]
    [InlineData("""{ "Extensions": { "Http": { "RoutePrefix": "/Mixed/" } }, }""", "Mixed")]
    public void RoutePrefix_ComesFromHostJson_DefaultingToApi(string hostJson, string expected)
    {
        Assert.Equal(expected, PublishedApp.ReadRoutePrefix(hostJson));
    }

    public void Dispose() => File.Delete(_file);
}
