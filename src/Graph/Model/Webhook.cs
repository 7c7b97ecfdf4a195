namespace ResourceHub.Graph.Model;

/// <summary>
/// An organization's webhook (回调): an endpoint the hub posts events to, signed with the webhook's secret — how apps
/// that carry notifications to people (WeChat mini-programs, SMS gateways) learn of referrals, needs and bookings.
/// Seen and kept by the organization's admin only.
/// </summary>
public sealed record Webhook : Node
{
    /// <summary>The event types a webhook can follow.</summary>
    public static IReadOnlyList<string> EventTypes { get; } = ["referral.changed", "need.posted", "booking.changed"];

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.Webhook;

    /// <summary>The organization it is for; events are read as its admin would read them.</summary>
    public long OrganizationId { get; init; }

    /// <summary>Where events are posted: an https URL (http only to this machine, for development).</summary>
    public string Url { get; init; } = "";

    /// <summary>Which of <see cref="EventTypes"/> it follows.</summary>
    public IReadOnlyList<string> Events { get; init; } = [];

    /// <summary>The key every delivery is signed with (HMAC-SHA256), made by the hub when the webhook is registered.</summary>
    public string Secret { get; init; } = "";

    /// <summary>False while paused: nothing is delivered.</summary>
    public bool Active { get; init; } = true;

    /// <summary>True when the URL may receive deliveries: https, or http to a loopback address.</summary>
    public static bool IsAllowedUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback)) && string.IsNullOrEmpty(uri.UserInfo);

    /// <summary>The nodes this webhook names.</summary>
    public IEnumerable<NodeReference> GetReferences()
    {
        yield return new(nameof(OrganizationId), OrganizationId, [NodeKind.Organization]);
    }
}
