using System.Text.RegularExpressions;
using Bitget.Client.Errors;
using Bitget.Client.Tests.Support;
using Bitget.Client.Trading;
using ClientKind = Bitget.Client.Exchange.AccountKind;
using ClientSide = Bitget.Client.Trading.PositionSide;

namespace Bitget.Client.Tests.Exchange;

/// <summary>
/// Bitget accepts a flash close but its reply names no order: the position may well be closed, so the close's outcome
/// is unknown (to be settled from the order history), never "nothing was closed".
/// </summary>
public sealed partial class CloseWithoutOrderIdTests
{
    [Theory]
    [InlineData(ClientKind.Classic, "/api/v2/mix/order/close-positions")]
    [InlineData(ClientKind.Unified, "/api/v3/trade/close-positions")]
    public async Task CloseAcceptedWithoutAnOrderId_IsAnUnknownOutcome_NotNothingToClose(ClientKind kind, string path)
    {
        await using var sim = await SimulatedPort.StartAsync(kind, primaryHandler: new OrderIdsBlanked(path) { InnerHandler = new SocketsHttpHandler() });
        sim.Seed("BTCUSDT", ClientSide.Long, 0.5m, 60_000m);
        var port = sim.CreatePort(kind);

        await Assert.ThrowsAsync<OrderOutcomeUnknownException>(() => port.ClosePositionAsync("BTCUSDT", ClientSide.Long, PositionMode.OneWay));

        Assert.Null(sim.Position("BTCUSDT", ClientSide.Long));
    }

    [GeneratedRegex("\"orderId\":\"[^\"]*\"")]
    private static partial Regex OrderId();

    /// <summary>Blanks every orderId in the replies to <paramref name="path"/>, as a reply that names no order would.</summary>
    private sealed class OrderIdsBlanked(string path) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (request.RequestUri!.AbsolutePath != path)
            {
                return response;
            }

            var body = OrderId().Replace(await response.Content.ReadAsStringAsync(cancellationToken), "\"orderId\":\"\"");
            response.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
            return response;
        }
    }
}
