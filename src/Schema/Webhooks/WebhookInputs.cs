using System.Security.Cryptography;
using GraphQL.Types;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Mutations;

namespace ResourceHub.Schema.Webhooks;

/// <summary>What an organization's webhook is written with; its signing secret is the hub's to make.</summary>
public sealed class WebhookInputs : KindInputs
{
    /// <summary>Declares the fields.</summary>
    public WebhookInputs() : base(NodeKind.Webhook, "回调", located: false)
    {
        Add<IdGraphType>("organizationId", "Global id of the organization whose events it receives (组织).", required: true,
            (n, v) => ((Webhook)n) with { OrganizationId = InputValues.NodeId("organizationId", v, NodeKind.Organization) });
        Add<StringGraphType>("url", "Where events are posted: an https URL (http only to this machine, for development) (地址).", required: true,
            (n, v) => ((Webhook)n) with { Url = (v as string ?? "").Trim() });
        Add<ListGraphType<NonNullGraphType<StringGraphType>>>("events", $"The event types it follows: {string.Join(", ", Webhook.EventTypes)} (事件类型).", required: true,
            (n, v) => ((Webhook)n) with { Events = InputValues.Strings(v) });
        Add<BooleanGraphType>("active", "False to pause deliveries (启用).", required: false, (n, v) => ((Webhook)n) with { Active = v as bool? ?? true });
    }

    /// <inheritdoc />
    public override Node New() => new Webhook { Secret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)) };
}
