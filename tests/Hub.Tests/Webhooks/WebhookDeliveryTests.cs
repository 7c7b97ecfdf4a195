using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace ResourceHub.Hub.Tests.Webhooks;

/// <summary>Webhooks against a receiver on 127.0.0.1 that checks every signature, fails twice, then accepts.</summary>
public sealed class WebhookDeliveryTests
{
    [Fact]
    public async Task Events_AreSigned_RetriedUntilAccepted_AndRecorded_WithNoMoreOfThePersonThanTheOrganizationMaySee()
    {
        var settings = new Dictionary<string, string?> { ["Hub:Webhooks:RetryDelay"] = "00:00:00.050", ["Hub:Webhooks:MaxAttempts"] = "5" };
        using var hub = new HubFactory(environment: "Development", settings: settings);
        var client = await hub.ReadyClientAsync();
        var station = "T3JnYW5pemF0aW9uOjE0MA";
        var orgAdmin = hub.DevToken("--role", "org_admin", "--node", station);
        var worker = hub.DevToken("--role", "social_worker", "--station", station, "--node", "U29jaWFsV29ya2VyOjU2Mg");
        await using var receiver = Receiver.Start();

        var registered = await HubFactory.QueryAsync(client, $$"""
            mutation { createWebhook(input: {name: "社工站小程序通知", organizationId: "{{station}}", url: "{{receiver.Url}}", events: ["referral.changed"]}) {
              webhook { id signingSecret active } userErrors { field code message } } }
            """, token: orgAdmin);
        var webhook = registered.GetProperty("data").GetProperty("createWebhook").GetProperty("webhook");
        receiver.Secret = webhook.GetProperty("signingSecret").GetString()!;
        // The station is the helper of a referral a social worker drafts and sends: two events for its webhook.
        var created = await HubFactory.QueryAsync(client, $$"""
            mutation { createReferral(input: {name: "转介：送节目上门", needId: "TmVlZDoxOTYy", helperId: "{{station}}", senderId: "U29jaWFsV29ya2VyOjU2Mg"}) { referral { id } userErrors { code } } }
            """, token: worker);
        var referral = created.GetProperty("data").GetProperty("createReferral").GetProperty("referral").GetProperty("id").GetString();
        await HubFactory.QueryAsync(client, $$"""mutation { sendReferral(input: {id: "{{referral}}", version: 1}) { userErrors { code } } }""", token: worker);

        JsonElement deliveries = default;
        for (var i = 0; i < 200; i++)
        {
            var read = await HubFactory.QueryAsync(client, $$"""{ node(id: "{{webhook.GetProperty("id").GetString()}}") { ... on Webhook { deliveries { event attempts status delivered nodeId } } } }""", token: orgAdmin);
            deliveries = read.GetProperty("data").GetProperty("node").GetProperty("deliveries");
            if (deliveries.GetArrayLength() == 2) break;
            await Task.Delay(50);
        }

        Assert.Equal(2, deliveries.GetArrayLength());
        var (first, second) = (deliveries[1], deliveries[0]);
        Assert.Equal((3, 200, true, referral), (first.GetProperty("attempts").GetInt32(), first.GetProperty("status").GetInt32(), first.GetProperty("delivered").GetBoolean(), first.GetProperty("nodeId").GetString()));
        Assert.Equal((1, true), (second.GetProperty("attempts").GetInt32(), second.GetProperty("delivered").GetBoolean()));
        Assert.Equal(4, receiver.Requests.Count);
        Assert.All(receiver.Requests, r => Assert.True(r.SignatureValid, $"a delivery's signature did not verify: {r.Signature}"));
        var bodies = receiver.Requests.Select(r => JsonDocument.Parse(r.Body).RootElement).ToList();
        Assert.All(bodies, b => Assert.Equal("referral.changed", b.GetProperty("type").GetString()));
        Assert.Equal(["DRAFT", "DRAFT", "DRAFT", "SENT"], bodies.Select(b => b.GetProperty("data").GetProperty("status").GetString()));
        // The elder behind the need is no part of what the station's app is told.
        Assert.All(receiver.Requests, r => Assert.DoesNotContain("贺某红", r.Body, StringComparison.Ordinal));
        // Nobody else sees the webhook or its secret.
        var other = await HubFactory.QueryAsync(client, $$"""{ node(id: "{{webhook.GetProperty("id").GetString()}}") { id } }""", token: hub.DevToken("--role", "org_admin", "--node", "T3JnYW5pemF0aW9uOjEzNA"));
        Assert.Equal(JsonValueKind.Null, other.GetProperty("data").GetProperty("node").ValueKind);
    }

    [Fact]
    public async Task Registration_OfAPlainHttpEndpointElsewhere_IsRefused()
    {
        using var hub = new HubFactory(environment: "Development");
        var client = await hub.ReadyClientAsync();
        var answer = await HubFactory.QueryAsync(client, """
            mutation { createWebhook(input: {name: "明文回调", organizationId: "T3JnYW5pemF0aW9uOjE0MA", url: "http://example.com/hook", events: ["need.posted"]}) { userErrors { field code } } }
            """, token: hub.DevToken("--role", "org_admin", "--node", "T3JnYW5pemF0aW9uOjE0MA"));
        var error = answer.GetProperty("data").GetProperty("createWebhook").GetProperty("userErrors")[0];
        Assert.Equal(("url", "BAD_USER_INPUT"), (error.GetProperty("field").GetString(), error.GetProperty("code").GetString()));
    }

    // An endpoint on a free port of 127.0.0.1: it answers 500 to the first two deliveries and 200 to the rest, and checks each signature.
    private sealed class Receiver : IAsyncDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly CancellationTokenSource _stop = new();
        private Task _loop = Task.CompletedTask;

        public string Url { get; private set; } = "";

        public string Secret { get; set; } = "";

        public ConcurrentQueue<(string Body, string Signature, bool SignatureValid)> Requests { get; } = new();

        public static Receiver Start()
        {
            var port = Graph.Tests.Persistence.FreePort.Next();
            var receiver = new Receiver { Url = $"http://127.0.0.1:{port}/hook/" };
            receiver._listener.Prefixes.Add(receiver.Url);
            receiver._listener.Start();
            receiver._loop = Task.Run(receiver.ServeAsync);
            return receiver;
        }

        private async Task ServeAsync()
        {
            while (!_stop.IsCancellationRequested)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
                {
                    return;
                }
                using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
                var body = await reader.ReadToEndAsync();
                var signature = context.Request.Headers["X-ResourceHub-Signature"] ?? "";
                Requests.Enqueue((body, signature, Verifies(signature, body)));
                context.Response.StatusCode = Requests.Count <= 2 ? 500 : 200;
                context.Response.Close();
            }
        }

        private bool Verifies(string header, string body)
        {
            var parts = header.Split(',').Select(p => p.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);
            if (!parts.TryGetValue("t", out var t) || !parts.TryGetValue("v1", out var v1)) return false;
            var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes($"{t}.{body}")));
            return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(v1))
                && Math.Abs(DateTimeOffset.UtcNow.ToUnixTimeSeconds() - long.Parse(t, System.Globalization.CultureInfo.InvariantCulture)) < 300;
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            _listener.Close();
            await _loop.ContinueWith(_ => { }, TaskScheduler.Default);
            _stop.Dispose();
        }
    }
}
