using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Polly;
using Polly.Retry;
using ResourceHub.Graph.Changes;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Persistence;
using ResourceHub.Hub.Startup;

namespace ResourceHub.Hub.Webhooks;

/// <summary>
/// Delivers webhook events: reads the change feed, finds what each change means for each active webhook
/// (<see cref="WebhookEvents"/>), and posts it, signed (HMAC-SHA256 over the timestamp and the body), retried with
/// exponential backoff (Polly) while the endpoint fails, each delivery recorded with its outcome. Each webhook has its
/// own bounded queue, so a failing endpoint delays only its own events; one whose queue is full loses the event, and the
/// loss is recorded.
/// </summary>
internal sealed partial class WebhookDispatcher(NetworkIndex index, NetworkWriter writer, IHttpClientFactory http, IDbContextFactory<NetworkDbContext> db,
    HubOptions options, TimeProvider time, ILogger<WebhookDispatcher> logger) : BackgroundService
{
    /// <summary>The name of the HTTP client deliveries use.</summary>
    public const string Client = "webhooks";

    private const int QueuePerWebhook = 500;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly ConcurrentDictionary<long, Channel<Delivery>> _queues = new();
    private readonly List<Task> _workers = [];

    private sealed record Delivery(Webhook Hook, long Sequence, WebhookEvent Event, DateTimeOffset At);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await index.Loaded.WaitAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            using var feed = writer.Feed.Subscribe(capacity: 4096);
            try
            {
                await foreach (var change in feed.Changes.ReadAllAsync(stoppingToken)) Dispatch(change, stoppingToken);
            }
            catch (ChangeFeedOverflowException e)
            {
                LogBehind(logger, e.Capacity);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
        }
        foreach (var queue in _queues.Values) queue.Writer.TryComplete();
        await Task.WhenAll(_workers).WaitAsync(TimeSpan.FromSeconds(5), CancellationToken.None).ContinueWith(_ => { }, TaskScheduler.Default);
    }

    private void Dispatch(NetworkChange change, CancellationToken stop)
    {
        if (change.After.Count(NodeKind.Webhook) == 0) return;
        foreach (var hook in change.After.Nodes<Webhook>())
        {
            if (!hook.Active) continue;
            foreach (var e in WebhookEvents.For(hook, change))
            {
                var queue = _queues.GetOrAdd(hook.Id, _ =>
                {
                    var channel = Channel.CreateBounded<Delivery>(new BoundedChannelOptions(QueuePerWebhook) { SingleReader = true, SingleWriter = true });
                    lock (_workers) _workers.Add(Task.Run(() => DeliverAllAsync(channel.Reader, stop), CancellationToken.None));
                    return channel;
                });
                var delivery = new Delivery(hook, change.Sequence, e, change.At);
                if (!queue.Writer.TryWrite(delivery)) _ = RecordAsync(delivery, 0, null, false, $"not sent: more than {QueuePerWebhook} events were waiting for this endpoint");
            }
        }
    }

    private async Task DeliverAllAsync(ChannelReader<Delivery> queue, CancellationToken stop)
    {
        try
        {
            await foreach (var delivery in queue.ReadAllAsync(stop)) await DeliverAsync(delivery, stop);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The hub is stopping.
        }
    }

    // One event: posted until the endpoint accepts it or the attempts run out, then recorded.
    private async Task DeliverAsync(Delivery delivery, CancellationToken stop)
    {
        var limits = options.Webhooks;
        var id = Guid.NewGuid().ToString("N");
        var body = JsonSerializer.Serialize(new { id, type = delivery.Event.Type, sequence = delivery.Sequence, occurredAt = delivery.At, data = delivery.Event.Data }, Json);
        var attempts = 0;
        int? status = null;
        string? error = null;
        var pipeline = new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = Math.Max(0, limits.MaxAttempts - 1),
                Delay = limits.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = false,
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>().Handle<HttpRequestException>().Handle<TimeoutException>()
                    .Handle<Polly.Timeout.TimeoutRejectedException>().HandleResult(r => !r.IsSuccessStatusCode),
            })
            .AddTimeout(limits.AttemptTimeout)
            .Build();
        var client = http.CreateClient(Client);
        try
        {
            using var response = await pipeline.ExecuteAsync(async ct =>
            {
                attempts++;
                using var request = new HttpRequestMessage(HttpMethod.Post, delivery.Hook.Url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
                var timestamp = time.GetUtcNow().ToUnixTimeSeconds();
                request.Headers.Add("X-ResourceHub-Event", delivery.Event.Type);
                request.Headers.Add("X-ResourceHub-Delivery", id);
                request.Headers.Add("X-ResourceHub-Signature", $"t={timestamp},v1={Sign(delivery.Hook.Secret, timestamp, body)}");
                request.Headers.UserAgent.Add(new ProductInfoHeaderValue("ResourceHub-Webhooks", "1"));
                var answer = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
                status = (int)answer.StatusCode;
                error = answer.IsSuccessStatusCode ? null : $"answered {status}";
                return answer;
            }, stop);
            await RecordAsync(delivery, attempts, status, response.IsSuccessStatusCode, error);
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutException or Polly.Timeout.TimeoutRejectedException or TaskCanceledException && !stop.IsCancellationRequested)
        {
            await RecordAsync(delivery, attempts, status, false, e is HttpRequestException h ? $"no answer: {h.HttpRequestError}" : "no answer in time");
        }
    }

    /// <summary>The signature of a delivery: hex HMAC-SHA256 of "timestamp.body" under the webhook's secret.</summary>
    public static string Sign(string secret, long timestamp, string body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}")));

    private async Task RecordAsync(Delivery delivery, int attempts, int? status, bool delivered, string? error)
    {
        try
        {
            await using var context = await db.CreateDbContextAsync();
            context.WebhookDeliveries.Add(new WebhookDeliveryRow
            {
                WebhookId = delivery.Hook.Id, Sequence = delivery.Sequence, Event = delivery.Event.Type, NodeId = delivery.Event.NodeId, Attempts = attempts,
                Status = status, Delivered = delivered, Error = error, At = time.GetUtcNow().ToUnixTimeMilliseconds(),
            });
            await context.SaveChangesAsync();
        }
#pragma warning disable CA1031 // a delivery's record failing must not stop the deliveries after it
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogRecordFailed(logger, e);
        }
    }

    [LoggerMessage(LogLevel.Warning, "The webhook dispatcher fell more than {Capacity} changes behind; it reads on from now, and the events of the changes it missed are not delivered")]
    private static partial void LogBehind(ILogger logger, int capacity);

    [LoggerMessage(LogLevel.Error, "Recording a webhook delivery failed")]
    private static partial void LogRecordFailed(ILogger logger, Exception e);
}

/// <summary>How webhooks are delivered (section <c>Hub:Webhooks</c>).</summary>
public sealed class WebhookOptions
{
    /// <summary>Attempts per event, the first included. Default 5.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The wait before the first retry; each further one waits twice as long. Default 2 seconds.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long one attempt may take. Default 10 seconds.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
