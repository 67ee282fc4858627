using System.Globalization;
using Azure;
using Bitget.Client.Errors;
using Sentinel.Functions.Platform.Secrets;

namespace Sentinel.Functions.Platform.Errors;

/// <summary>
/// Recognises an exception as a dependency that is down or refusing (storage, Key Vault, the exchange) and says which
/// and why in words safe for callers: the service's HTTP status and error code, never a URL, key or message body.
/// </summary>
internal static class DependencyFailure
{
    /// <summary>A caller-safe sentence naming the dependency and why it failed; null when it is not a dependency failure.</summary>
    public static string? Describe(Exception exception) => exception switch
    {
        // The storage client throws this when every retry failed; the tries say why.
        AggregateException tries => tries.InnerExceptions.Select(Describe).LastOrDefault(why => why is not null),
        RequestFailedException { Status: 409 or 412 } => null,
        RequestFailedException { Status: 0 } => "The state store (Table service) is unreachable.",
        RequestFailedException storage => string.Create(CultureInfo.InvariantCulture, $"The state store (Table service) refused: HTTP {storage.Status} {storage.ErrorCode}.").Replace(" .", ".", StringComparison.Ordinal),
        SecretUnavailableException => "Key Vault could not be read.",
        BitgetApiException { IsTransient: true } exchange => $"The exchange is unavailable ({exchange.Kind}).",
        TimeoutException => "A dependency did not answer in time.",
        _ => null,
    };
}
