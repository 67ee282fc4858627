using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Configuration;

namespace Sentinel.Functions.Platform.Secrets;

/// <summary>The app's Azure identity: DefaultAzureCredential, pinned to the user-assigned identity in AZURE_CLIENT_ID.</summary>
internal static class AzureCredentials
{
    public const string ClientIdSetting = "AZURE_CLIENT_ID";

    public static TokenCredential Create(IConfiguration configuration)
    {
        var clientId = configuration[ClientIdSetting];
        var options = new DefaultAzureCredentialOptions();
        if (!string.IsNullOrWhiteSpace(clientId))
        {
            options.ManagedIdentityClientId = clientId;
        }

        return new DefaultAzureCredential(options);
    }
}
