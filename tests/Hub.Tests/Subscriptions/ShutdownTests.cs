using System.Net;
using System.Net.WebSockets;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ResourceHub.Hub.Tests.Subscriptions;

/// <summary>A hub shutting down closes its subscriptions with 1001 (going away), so clients reconnect to another instance.</summary>
public sealed class ShutdownTests
{
    [Fact]
    public async Task HubStopping_ClosesAnOpenSubscriptionWithGoingAway()
    {
        using var hub = new HubFactory(environment: "Development");
        hub.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        hub.StartServer();
        var address = new Uri(hub.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single());
        using (var http = new HttpClient { BaseAddress = address })
        {
            for (var i = 0; i < 600 && !(await http.GetAsync(new Uri("/readyz", UriKind.Relative))).IsSuccessStatusCode; i++) await Task.Delay(50);
        }
        using var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        await socket.ConnectAsync(new Uri($"ws://{address.Authority}/graphql"), CancellationToken.None);
        await SendAsync(socket, """{"type":"connection_init","payload":{}}""");
        Assert.Contains("connection_ack", await ReceiveAsync(socket), StringComparison.Ordinal);
        await SendAsync(socket, """{"id":"1","type":"subscribe","payload":{"query":"subscription { needPosted(areaCode: \"430112\") { id } }"}}""");

        var stopping = Task.Run(() => hub.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication());
        var closed = await ReceiveAsync(socket);

        await stopping;
        Assert.Equal(("close", WebSocketCloseStatus.EndpointUnavailable), (closed, socket.CloseStatus));
        Assert.Contains("shutting down", socket.CloseStatusDescription, StringComparison.Ordinal);
    }

    private static Task SendAsync(ClientWebSocket socket, string text) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    // One message's text, or "close" when the hub closed the socket.
    private static async Task<string> ReceiveAsync(ClientWebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var buffer = new byte[64 * 1024];
        var result = await socket.ReceiveAsync(buffer, timeout.Token);
        return result.MessageType == WebSocketMessageType.Close ? "close" : Encoding.UTF8.GetString(buffer, 0, result.Count);
    }
}
