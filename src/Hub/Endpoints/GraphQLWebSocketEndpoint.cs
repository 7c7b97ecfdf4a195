using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using GraphQL;
using GraphQL.Transport;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using ResourceHub.Graph.Access;
using ResourceHub.Graph.Changes;
using ResourceHub.Graph.Persistence;
using ResourceHub.Hub.Identity;
using ResourceHub.Schema;

namespace ResourceHub.Hub.Endpoints;

/// <summary>
/// GraphQL over WebSocket at /graphql with the graphql-transport-ws protocol, as npm graphql-ws speaks it: connection_init
/// (carrying the bearer token) within the init timeout, then subscribe/next/error/complete per operation id, and ping/pong.
/// A subscription runs once per committed change of the change feed, as the subscriber and under their access policy
/// then. Every queue is bounded: the changes waiting per connection and the messages waiting to be sent; a subscriber
/// that falls behind is closed, and the hub never waits for it.
/// </summary>
internal sealed class GraphQLWebSocketEndpoint(HubExecutor executor, IGraphQLTextSerializer serializer, NetworkWriter writer, IOptions<ClaimNames> claims,
    Startup.HubOptions options, IHostApplicationLifetime lifetime)
{
    // How long a stopping hub lets a connection's queued events go out before it says goodbye.
    private static readonly TimeSpan DrainTime = TimeSpan.FromSeconds(5);

    /// <summary>The subprotocol of graphql-ws.</summary>
    public const string Protocol = "graphql-transport-ws";

    private const int MaxMessageBytes = 64 * 1024;
    private const int MaxOperations = 20;
    private const int MaxQueuedMessages = 100;
    private const int MaxQueuedChanges = 256;

    private HubExecutor Executor => executor;

    private IGraphQLTextSerializer Serializer => serializer;

    private NetworkWriter Writer => writer;

    private IOptions<ClaimNames> Claims => claims;

    private IHostApplicationLifetime Lifetime => lifetime;

    /// <summary>How long a client has to send connection_init (<c>Hub:Subscriptions:InitTimeout</c>).</summary>
    public TimeSpan InitTimeout => options.Subscriptions.InitTimeout;

    /// <summary>Accepts the WebSocket and speaks the protocol until either side closes.</summary>
    public async Task HandleAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (!http.WebSockets.WebSocketRequestedProtocols.Contains(Protocol))
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            await http.Response.WriteAsync($"Speak the {Protocol} subprotocol (npm graphql-ws) on this WebSocket.");
            return;
        }
        using var socket = await http.WebSockets.AcceptWebSocketAsync(Protocol);
        await using var connection = new Connection(this, http, socket);
        await connection.RunAsync();
    }

    private sealed class Connection(GraphQLWebSocketEndpoint endpoint, HttpContext http, WebSocket socket) : IAsyncDisposable
    {
        private readonly Channel<string> _outgoing = Channel.CreateBounded<string>(new BoundedChannelOptions(MaxQueuedMessages) { SingleReader = true });
        private readonly ConcurrentDictionary<string, PreparedRequest> _operations = new(StringComparer.Ordinal);
        private readonly CancellationTokenSource _closing = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        private Caller _caller = Caller.Anonymous;
        private bool _initialised;
        private bool _acknowledged;
        private volatile bool _goingAway;
        private ChangeFeedSubscription? _feed;
        private Task? _pump;

        public async Task RunAsync()
        {
            var sender = SendLoopAsync();
            var init = Task.Delay(endpoint.InitTimeout, _closing.Token).ContinueWith(t =>
            {
                if (!t.IsCanceled && !_initialised) _ = CloseAsync(4408, "Connection initialisation timeout");
            }, TaskScheduler.Default);
            // A hub shutting down sends what it already queued, then closes with 1001 (going away) so clients reconnect elsewhere.
            using var stopping = endpoint.Lifetime.ApplicationStopping.Register(() => _ = GoingAwayAsync());
            try
            {
                await ReceiveLoopAsync();
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
                // The client went away.
            }
            await _closing.CancelAsync();
            _outgoing.Writer.TryComplete();
            await Task.WhenAll(sender.ContinueWith(_ => { }, TaskScheduler.Default), init);
            if (_pump is not null) await _pump.ContinueWith(_ => { }, TaskScheduler.Default);
        }

        private async Task ReceiveLoopAsync()
        {
            var buffer = new byte[8 * 1024];
            using var message = new MemoryStream();
            while (socket.State == WebSocketState.Open && !_closing.IsCancellationRequested)
            {
                var read = await socket.ReceiveAsync(buffer, _closing.Token);
                if (read.MessageType == WebSocketMessageType.Close) return;
                message.Write(buffer, 0, read.Count);
                if (message.Length > MaxMessageBytes) { await CloseAsync(WebSocketCloseStatus.MessageTooBig, $"a message is at most {MaxMessageBytes / 1024} KB"); return; }
                if (!read.EndOfMessage) continue;
                var bytes = message.ToArray();
                message.SetLength(0);
                if (read.MessageType != WebSocketMessageType.Text) { await CloseAsync(4400, "Messages are JSON text"); return; }
                if (!await HandleAsync(bytes)) return;
            }
        }

        // One client message; false when the connection was closed for it.
        private async Task<bool> HandleAsync(byte[] bytes)
        {
            JsonElement root;
            try
            {
                using var doc = JsonDocument.Parse(bytes);
                root = doc.RootElement.Clone();
            }
            catch (JsonException)
            {
                return await RefuseAsync("Invalid message: not JSON");
            }
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var typeValue) || typeValue.ValueKind != JsonValueKind.String)
                return await RefuseAsync("Invalid message received: it has no type");
            var id = root.TryGetProperty("id", out var idValue) && idValue.ValueKind == JsonValueKind.String ? idValue.GetString() : null;
            var payload = root.TryGetProperty("payload", out var p) ? p : default;
            switch (typeValue.GetString())
            {
                case "connection_init":
                    if (_initialised) return await CloseAsync(4429, "Too many initialisation requests");
                    _initialised = true;
                    if (payload.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.Object)) return await RefuseAsync("Invalid message received: connection_init's payload is an object");
                    if (!await SignInAsync(payload)) return await CloseAsync(4403, "Forbidden");
                    _acknowledged = true;
                    return Send(new { type = "connection_ack" });
                case "ping":
                    return Send(new { type = "pong" });
                case "pong":
                    return true;
                case "subscribe":
                    if (!_acknowledged) return await CloseAsync(4401, "Unauthorized");
                    if (string.IsNullOrEmpty(id) || payload.ValueKind != JsonValueKind.Object) return await RefuseAsync("Invalid message received: subscribe needs an id and a payload");
                    return await SubscribeAsync(id, payload);
                case "complete":
                    if (string.IsNullOrEmpty(id)) return await RefuseAsync("Invalid message received: complete needs an id");
                    _operations.TryRemove(id, out _);
                    return true;
                default:
                    return await RefuseAsync($"Invalid message received: unknown type '{typeValue.GetString()}'");
            }
        }

        // The bearer token of connection_init (Authorization or token), validated as an HTTP request's would be; the
        // upgrade request's own header when the payload carries none. No token: anonymous.
        private async Task<bool> SignInAsync(JsonElement payload)
        {
            string? token = null;
            if (payload.ValueKind == JsonValueKind.Object)
            {
                foreach (var name in (string[])["Authorization", "authorization", "token"])
                {
                    if (payload.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String) token = v.GetString();
                }
            }
            if (token is null)
            {
                _caller = CallerClaims.Of(http, endpoint.Claims.Value);
                return _caller.IsSignedIn || !BearerToken.IsPresent(http.Request);
            }
            // Validated as a request of its own carrying the token would be (the upgrade request's handlers keep their first result).
            await using var scope = http.RequestServices.CreateAsyncScope();
            var probe = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
            probe.Request.Headers.Authorization = token.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? token : "Bearer " + token;
            var result = await probe.AuthenticateAsync();
            _caller = result.Succeeded ? CallerClaims.From(result.Principal, endpoint.Claims.Value) : Caller.Anonymous;
            return _caller.IsSignedIn;
        }

        private async Task<bool> SubscribeAsync(string id, JsonElement payload)
        {
            if (_operations.ContainsKey(id)) return await CloseAsync(4409, $"Subscriber for {id} already exists");
            GraphQLRequest? request;
            try
            {
                request = endpoint.Serializer.Deserialize<GraphQLRequest>(payload.GetRawText());
            }
            catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException)
            {
                request = null;
            }
            if (request is null) return await RefuseAsync("Invalid message received: subscribe's payload is a GraphQL request");
            var prepared = endpoint.Executor.Prepare(request, _caller);
            if (prepared.Refusal is not null || prepared.Operation != OperationType.Subscription)
            {
                // A query or a mutation runs once: its answer, then complete.
                var result = await endpoint.Executor.ExecuteAsync(prepared, _caller, http.RequestServices, _closing.Token, http.TraceIdentifier);
                return result.Executed || result.Data is not null ? Send(Next(id, result)) && Send(new { id, type = "complete" }) : Send(Error(id, result));
            }
            if (_operations.Count >= MaxOperations)
                return Send(new { id, type = "error", payload = new[] { new { message = $"a connection runs at most {MaxOperations} subscriptions at once", extensions = new { code = "TOO_MANY_SUBSCRIPTIONS" } } } });
            // Set up: the document and its arguments are checked now, and errors end it before it starts.
            var setup = await endpoint.Executor.RunSubscriptionAsync(prepared, null, _caller, http.RequestServices, http.TraceIdentifier, _closing.Token);
            if (setup.Error is { } error) return Send(Error(id, error));
            _operations[id] = prepared;
            _feed ??= endpoint.Writer.Feed.Subscribe(MaxQueuedChanges);
            _pump ??= PumpAsync(_feed);
            return true;
        }

        // Each committed change, for each subscription: its events, in order.
        private async Task PumpAsync(ChangeFeedSubscription feed)
        {
            try
            {
                await foreach (var change in feed.Changes.ReadAllAsync(_closing.Token))
                {
                    if (_goingAway) return;
                    foreach (var (id, prepared) in _operations.ToArray())
                    {
                        var run = await endpoint.Executor.RunSubscriptionAsync(prepared, change, _caller, http.RequestServices, $"{http.TraceIdentifier}:{change.Sequence}", _closing.Token);
                        if (!_operations.ContainsKey(id)) continue;
                        if (run.Error is { } error)
                        {
                            _operations.TryRemove(id, out _);
                            if (!Send(Error(id, error))) return;
                            continue;
                        }
                        foreach (var e in run.Events)
                        {
                            if (!Send(Next(id, e))) return;
                        }
                    }
                }
            }
            catch (ChangeFeedOverflowException)
            {
                await CloseAsync(WebSocketCloseStatus.PolicyViolation, "The subscriber fell too far behind the changes and was closed");
            }
            catch (OperationCanceledException)
            {
                // The connection is closing.
            }
        }

        private object Next(string id, ExecutionResult result) => new RawPayload(id, "next", endpoint.Serializer.Serialize(result));

        private object Error(string id, ExecutionResult result) =>
            new RawPayload(id, "error", JsonSerializer.Serialize((result.Errors ?? []).Select(e => new { message = e.Message, extensions = new { code = e.Code } })));

        // Queues a message; a client that lets MaxQueuedMessages pile up is too slow and is closed.
        private bool Send(object message)
        {
            var text = message is RawPayload raw
                ? $"{{\"id\":{JsonSerializer.Serialize(raw.Id)},\"type\":\"{raw.Type}\",\"payload\":{raw.Json}}}"
                : JsonSerializer.Serialize(message);
            if (_outgoing.Writer.TryWrite(text)) return true;
            _ = CloseAsync(WebSocketCloseStatus.PolicyViolation, $"The subscriber let more than {MaxQueuedMessages} messages wait and was closed");
            return false;
        }

        private async Task SendLoopAsync()
        {
            try
            {
                await foreach (var text in _outgoing.Reader.ReadAllAsync(_closing.Token))
                {
                    await socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, _closing.Token);
                }
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
                // The connection is closing.
            }
        }

        private async Task GoingAwayAsync()
        {
            _goingAway = true;
            var until = DateTime.UtcNow + DrainTime;
            while (_outgoing.Reader.Count > 0 && DateTime.UtcNow < until) await Task.Delay(20);
            await CloseAsync(WebSocketCloseStatus.EndpointUnavailable, "The hub is shutting down; connect again");
        }

        private Task<bool> RefuseAsync(string reason) => CloseAsync(4400, reason);

        private Task<bool> CloseAsync(int code, string reason) => CloseAsync((WebSocketCloseStatus)code, reason);

        private async Task<bool> CloseAsync(WebSocketCloseStatus code, string reason)
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                try
                {
                    using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                    await socket.CloseOutputAsync(code, reason, timeout.Token);
                }
                catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
                {
                    // Gone already.
                }
            }
            // The client answers the close; the receive loop ends with its answer, or here if none comes.
            try
            {
                _closing.CancelAfter(TimeSpan.FromSeconds(2));
            }
            catch (ObjectDisposedException)
            {
                // Closed already.
            }
            return false;
        }

        public ValueTask DisposeAsync()
        {
            _feed?.Dispose();
            _closing.Dispose();
            return ValueTask.CompletedTask;
        }
    }

    private sealed record RawPayload(string Id, string Type, string Json);
}
