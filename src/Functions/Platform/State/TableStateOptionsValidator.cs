using Microsoft.Extensions.Options;

namespace Sentinel.Functions.Platform.State;

/// <summary>Exactly one way to reach the Table service, and a usable one.</summary>
internal sealed class TableStateOptionsValidator : IValidateOptions<TableStateOptions>
{
    public ValidateOptionsResult Validate(string? name, TableStateOptions options)
    {
        var hasConnection = !string.IsNullOrWhiteSpace(options.ConnectionString);
        var hasUri = !string.IsNullOrWhiteSpace(options.TableServiceUri);
        if (hasConnection == hasUri)
        {
            return ValidateOptionsResult.Fail("Set exactly one of State__ConnectionString (Azurite / account key) or State__TableServiceUri (managed identity).");
        }

        if (hasUri && (!Uri.TryCreate(options.TableServiceUri, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps))
        {
            return ValidateOptionsResult.Fail($"State__TableServiceUri '{options.TableServiceUri}' must be an absolute https URI, e.g. https://account.table.core.windows.net.");
        }

        return ValidateOptionsResult.Success;
    }
}
