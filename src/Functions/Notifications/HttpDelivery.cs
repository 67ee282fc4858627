namespace Sentinel.Functions.Notifications;

/// <summary>Sends one request and classifies the answer; the caller's cancellation propagates, a timeout does not.</summary>
internal static class HttpDelivery
{
    public static async Task<DeliveryResult> SendAsync(HttpClient http, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            return DeliveryClassifier.FromStatus(response.StatusCode);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or TimeoutException)
        {
            return DeliveryClassifier.FromException(exception);
        }
    }

    public static bool TryParseTarget(string? value, out Uri target)
    {
        target = null!;
        return !string.IsNullOrWhiteSpace(value)
            && Uri.TryCreate(value, UriKind.Absolute, out target!)
            && (target.Scheme == Uri.UriSchemeHttps || target.Scheme == Uri.UriSchemeHttp);
    }
}
