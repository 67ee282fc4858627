using Infra.Tests.Bicep;

namespace Infra.Tests.Checks;

public static class AppSettingChecks
{
    /// <summary>The names of the app settings the Function App resource sets (siteConfig.appSettings).</summary>
    public static IReadOnlyList<string> Names(BicepDocument functionAppTemplate)
    {
        ArgumentNullException.ThrowIfNull(functionAppTemplate);
        var site = functionAppTemplate.ResourcesOfType("Microsoft.Web/sites").SingleOrDefault(r => !r.IsExisting);
        if (site?.Find("properties.siteConfig.appSettings") is not BicepArray settings)
        {
            return [];
        }

        return settings.Items
            .Select(item => (item as BicepObject)?.Get("name")?.AsLiteralString())
            .OfType<string>()
            .ToList();
    }

    /// <summary>The value expression of one app setting; null when the setting is absent.</summary>
    public static BicepValue? Value(BicepDocument functionAppTemplate, string name)
    {
        ArgumentNullException.ThrowIfNull(functionAppTemplate);
        var site = functionAppTemplate.ResourcesOfType("Microsoft.Web/sites").Single(r => !r.IsExisting);
        var settings = (BicepArray?)site.Find("properties.siteConfig.appSettings");
        return settings?.Items.OfType<BicepObject>()
            .FirstOrDefault(item => item.Get("name")?.AsLiteralString() == name)?
            .Get("value");
    }

    /// <summary>
    /// What a deployment with no parameter overrides puts into a setting: follows the setting's value from the
    /// module parameter to the argument <paramref name="main"/> passes and on to that parameter's default.
    /// </summary>
    public static BicepValue? DefaultValue(BicepDocument main, string moduleSymbol, BicepDocument functionAppTemplate, string name)
    {
        ArgumentNullException.ThrowIfNull(main);
        var moduleParameter = Value(functionAppTemplate, name)?.AsIdentifier();
        var argument = moduleParameter is null ? null : main.Module(moduleSymbol)?.Params?.Get(moduleParameter);
        var mainParameter = argument?.AsIdentifier();
        return mainParameter is null ? argument : main.Parameter(mainParameter)?.Default;
    }
}
