using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Persistence;
using ResourceHub.Schema.Common;
using ResourceHub.Schema.Relay;

namespace ResourceHub.Schema.Webhooks;

/// <summary>An organization's webhook, seen by its admin.</summary>
public sealed class WebhookType : NodeType<Webhook>
{
    /// <summary>Declares the fields.</summary>
    public WebhookType() : base("Webhook", "An organization's webhook (回调): events posted to its endpoint, signed, retried and recorded; seen by the organization's admin only.", located: false)
    {
        Field<NodeInterface>("organization").Description("Whose events (组织).").Resolve(c => c.Snapshot().Node(c.Source.OrganizationId));
        Field<NonNullGraphType<StringGraphType>>("url").Description("Where events are posted (地址).").Resolve(c => c.Source.Url);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("events").Description("The event types it follows (事件类型).").Resolve(c => c.Source.Events);
        Field<NonNullGraphType<BooleanGraphType>>("active").Description("False while paused (启用).").Resolve(c => c.Source.Active);
        Field<NonNullGraphType<StringGraphType>>("signingSecret")
            .Description("The key deliveries are signed with: X-ResourceHub-Signature is \"t=<unix seconds>,v1=<hex HMAC-SHA256 of '<t>.<body>'>\" (签名密钥).")
            .Resolve(c => c.Source.Secret);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WebhookDeliveryType>>>>("deliveries")
            .Description("Its latest deliveries, newest first, with their outcome (投递记录).")
            .Argument<IntGraphType>("first", "How many, 1 to 100; 20 when absent (数量).")
            .ResolveAsync(async c =>
            {
                var first = c.First(20);
                var factory = c.RequestServices!.GetRequiredService<IDbContextFactory<NetworkDbContext>>();
                await using var db = await factory.CreateDbContextAsync(c.CancellationToken);
                var id = c.Source.Id;
                return await db.WebhookDeliveries.AsNoTracking().Where(d => d.WebhookId == id).OrderByDescending(d => d.Id).Take(first).ToListAsync(c.CancellationToken);
            });
    }
}

/// <summary>One delivery of an event to a webhook.</summary>
public sealed class WebhookDeliveryType : ObjectGraphType<WebhookDeliveryRow>
{
    /// <summary>Declares the fields.</summary>
    public WebhookDeliveryType()
    {
        Name = "WebhookDelivery";
        Description = "One event posted to a webhook, as it ended (投递).";
        Field<NonNullGraphType<StringGraphType>>("event").Description("The event type (事件).").Resolve(c => c.Source.Event);
        Field<NonNullGraphType<IdGraphType>>("nodeId").Description("The node it was about (节点).").Resolve(c => c.Snapshot().Node(c.Source.NodeId) is { } n ? GlobalId.Encode(n) : c.Source.NodeId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Field<NonNullGraphType<IntGraphType>>("attempts").Description("Attempts made (尝试次数).").Resolve(c => c.Source.Attempts);
        Field<IntGraphType>("status").Description("The last HTTP status the endpoint answered (状态码).").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<BooleanGraphType>>("delivered").Description("True when the endpoint accepted it (已送达).").Resolve(c => c.Source.Delivered);
        Field<StringGraphType>("error").Description("Why the last attempt failed (错误).").Resolve(c => c.Source.Error);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Description("When it ended (时间).").Resolve(c => DateTimeOffset.FromUnixTimeMilliseconds(c.Source.At));
    }
}
