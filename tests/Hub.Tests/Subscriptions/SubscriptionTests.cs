using System.Net;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace ResourceHub.Hub.Tests.Subscriptions;

/// <summary>
/// Subscriptions over WebSocket as the reference client speaks them: the real hub on Kestrel, npm graphql-ws (and raw
/// frames through npm ws for the protocol's close codes) in a Node.js process (Subscriptions/client/subscriptions.mjs).
/// </summary>
public sealed class SubscriptionTests(ITestOutputHelper output)
{
    [Fact]
    public async Task ReferenceClient_GetsEachStepAsItHappens_UnderThePolicyOfTheMoment_AndTheProtocolsCloseCodes()
    {
        using var hub = new HubFactory(environment: "Development", settings: new Dictionary<string, string?> { ["Hub:Subscriptions:InitTimeout"] = "00:00:01" });
        hub.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        hub.StartServer();
        var address = new Uri(hub.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single());
        using var http = new HttpClient { BaseAddress = address };
        for (var i = 0; i < 600 && !(await http.GetAsync(new Uri("/readyz", UriKind.Relative))).IsSuccessStatusCode; i++) await Task.Delay(50);
        var worker = hub.DevToken("--role", "social_worker", "--station", "T3JnYW5pemF0aW9uOjE0MA", "--node", "U29jaWFsV29ya2VyOjU2Mg");
        var volunteer = hub.DevToken("--role", "volunteer", "--node", "Vm9sdW50ZWVyOjcxMQ");
        // 贺某红 consents to sharing her name and address with 吴某强, and the station's social worker sends him her need.
        var need = await Data(http, worker, """
            mutation { createNeed(input: {name: "贺某红探访陪伴", categories: ["companionship.visit"], mode: HOME, ownerId: "RWxkZXI6MTUzMg"}) { need { id } } }
            """, "createNeed.need.id");
        var consent = await Data(http, worker, """
            mutation { createConsent(input: {name: "转介服务知情同意", elderId: "RWxkZXI6MTUzMg", purpose: "转介探访陪伴服务", scope: ["name", "address"],
              recipientId: "Vm9sdW50ZWVyOjcxMQ", givenAt: "2026-12-01T10:00:00+08:00"}) { consent { id } } }
            """, "createConsent.consent.id");
        var referral = await Data(http, worker, $$"""
            mutation { createReferral(input: {name: "转介：探访陪伴", needId: "{{need}}", helperId: "Vm9sdW50ZWVyOjcxMQ", senderId: "U29jaWFsV29ya2VyOjU2Mg", consentId: "{{consent}}"}) { referral { id } } }
            """, "createReferral.referral.id");
        await Data(http, worker, $$"""mutation { sendReferral(input: {id: "{{referral}}", version: 1}) { referral { id } } }""", "sendReferral.referral.id");

        var tool = typeof(SubscriptionTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "SubscriptionClientDirectory").Value!;
        await NodeTool.EnsureInstalledAsync(tool, "graphql-ws");
        var (venue, owner) = FreeVenue(hub);
        var config = JsonSerializer.Serialize(new { workerToken = worker, volunteerToken = volunteer, adminToken = hub.DevToken("--role", "admin"), referral, consent, venue, venueOwner = owner });
        var (exitCode, said) = await NodeTool.RunAsync("node", ["subscriptions.mjs", address.ToString(), config], tool, TimeSpan.FromMinutes(2));
        output.WriteLine(said);
        Assert.True(exitCode == 0, $"subscriptions.mjs exited with {exitCode}:\n{said}");
        var checks = said.Split('\n').Where(l => l.StartsWith("CHECK ", StringComparison.Ordinal)).Select(l => l[6..])
            .ToDictionary(l => l[..l.IndexOf(": ", StringComparison.Ordinal)], l => JsonDocument.Parse(l[(l.IndexOf(": ", StringComparison.Ordinal) + 2)..]).RootElement);

        // The protocol's close codes, each where it applies.
        Assert.Equal(4401, checks["subscribeBeforeInit"].GetProperty("code").GetInt32());
        Assert.Equal(4429, checks["initTwice"].GetProperty("code").GetInt32());
        Assert.Equal(4409, checks["sameIdTwice"].GetProperty("code").GetInt32());
        Assert.Equal(4400, checks["notJson"].GetProperty("code").GetInt32());
        Assert.Equal(4408, checks["noInit"].GetProperty("code").GetInt32());
        Assert.Equal(4403, checks["badToken"].GetProperty("code").GetInt32());
        Assert.Equal(["connection_ack", "pong"], checks["ping"].GetProperty("received").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(4403, checks["clientRefused"].GetProperty("code").GetInt32());
        // Each step arrives, read under the policy then: in person while the consent holds, de-identified once withdrawn.
        var accepted = checks["accepted"].GetProperty("data").GetProperty("referralChanged");
        Assert.Equal(("ACCEPTED", true, "贺某红探访陪伴"), (accepted.GetProperty("status").GetString(), accepted.GetProperty("sharesPersonalData").GetBoolean(),
            accepted.GetProperty("need").GetProperty("name").GetString()));
        var started = checks["started"].GetProperty("data").GetProperty("referralChanged");
        Assert.Equal(("IN_PROGRESS", false, "探访（月悦社区）"), (started.GetProperty("status").GetString(), started.GetProperty("sharesPersonalData").GetBoolean(),
            started.GetProperty("need").GetProperty("name").GetString()));
        Assert.False(checks.ContainsKey("subscriptionError"), said);
        // What an event read in person is in the audit log, under the operation that followed it.
        var log = await HubFactory.QueryAsync(http, "{ auditLog(first: 100) { nodes { operation nodeId fields } } }", token: hub.DevToken("--role", "admin"));
        Assert.Contains(log.GetProperty("data").GetProperty("auditLog").GetProperty("nodes").EnumerateArray(),
            e => e.GetProperty("operation").GetString() == "Follow" && e.GetProperty("nodeId").GetString() == need);
        // An anonymous follower of the township's needs gets the escort need, by its public title, and not the meal one it did not ask for.
        var posted = checks["posted"].EnumerateArray().Select(e => e.GetProperty("data").GetProperty("needPosted").GetProperty("name").GetString()).ToList();
        Assert.Equal(["陪同就医出行（月悦社区）"], posted);
        Assert.False(checks.ContainsKey("needPostedError"), said);
        Assert.Equal(["CONFIRMED", "CANCELLED"], checks["bookings"].EnumerateArray().Select(e => e.GetProperty("data").GetProperty("bookingChanged").GetProperty("status").GetString()));
        Assert.False(checks.ContainsKey("bookingError"), said);
    }

    // A venue open on Sunday mornings with no booking or hosted activity, and its owner.
    private static (string Venue, string Owner) FreeVenue(HubFactory hub)
    {
        var s = hub.Services.GetRequiredService<Graph.Index.NetworkIndex>().Current;
        var venue = s.Nodes<Graph.Model.Resource>().Where(r => r.ResourceKind == Graph.Model.ResourceKind.Venue && r.OpeningHours.Contains(6, 10)
            && s.Edges(r.Id, Graph.Model.Direction.In, Graph.Model.LinkType.Owns).Count > 0 && s.Edges(r.Id, Graph.Model.Direction.In, Graph.Model.LinkType.HostedAt).Count == 0
            && !s.ReferencedBy(r.Id).Any(b => s.Node(b) is Graph.Model.Booking)).MinBy(r => r.Id)!;
        var owner = s.Node(s.Edges(venue.Id, Graph.Model.Direction.In, Graph.Model.LinkType.Owns)[0].OtherId)!;
        return (Schema.Relay.GlobalId.Encode(venue), Schema.Relay.GlobalId.Encode(owner));
    }

    private static async Task<string> Data(HttpClient http, string token, string query, string path)
    {
        var answer = await HubFactory.QueryAsync(http, query, token: token);
        var at = answer.GetProperty("data");
        foreach (var step in path.Split('.')) at = at.GetProperty(step);
        return at.GetString()!;
    }
}
