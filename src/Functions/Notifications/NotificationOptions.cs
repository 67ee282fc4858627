using System.ComponentModel.DataAnnotations;

namespace Sentinel.Functions.Notifications;

/// <summary>Settings of the notifiers (section <c>Notifications</c>). Webhook URLs and the signing key are secrets, not options.</summary>
internal sealed class NotificationOptions
{
    public const string SectionName = "Notifications";

    /// <summary>Base address of Sentinel's own API, for "open in Sentinel" links; none when empty.</summary>
    public Uri? DashboardUrl { get; set; }

    /// <summary>Base address of the exchange's trading page for links; the symbol is appended.</summary>
    [Required]
    public Uri ExchangeTradeUrl { get; set; } = new("https://www.bitget.com/futures/usdt/");

    /// <summary>Per-request timeout; a timeout is a retryable failure.</summary>
    [Range(1, 120)]
    public int TimeoutSeconds { get; set; } = 10;
}
