using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace ResourceHub.Hub.Tests.Browser;

/// <summary>The hub on a free port of 127.0.0.1 in Development, with the demo network loaded; a browser or another process can reach it.</summary>
public sealed class KestrelHub : IAsyncLifetime
{
    public HubFactory Factory { get; } = new(environment: "Development");

    public Uri Address { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        Factory.StartServer();
        var addresses = Factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        Address = new Uri(addresses.Single());
        using var client = new HttpClient { BaseAddress = Address };
        for (var i = 0; i < 600; i++)
        {
            if ((await client.GetAsync(new Uri("/readyz", UriKind.Relative))).IsSuccessStatusCode) return;
            await Task.Delay(50);
        }
        throw new TimeoutException("the hub did not load its network");
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
