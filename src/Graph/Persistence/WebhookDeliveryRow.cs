namespace ResourceHub.Graph.Persistence;

/// <summary>A delivery of one event to a webhook, as it ended: delivered on some attempt, or failed after the last.</summary>
public sealed class WebhookDeliveryRow
{
    /// <summary>Its id, sent as the delivery's id.</summary>
    public long Id { get; set; }

    /// <summary>The webhook's node id.</summary>
    public long WebhookId { get; set; }

    /// <summary>The change that made the event.</summary>
    public long Sequence { get; set; }

    /// <summary>The event type (referral.changed …).</summary>
    public string Event { get; set; } = "";

    /// <summary>The node the event is about.</summary>
    public long NodeId { get; set; }

    /// <summary>How many attempts were made.</summary>
    public int Attempts { get; set; }

    /// <summary>The last HTTP status the endpoint answered; null when it answered none (no connection, timeout).</summary>
    public int? Status { get; set; }

    /// <summary>True when the endpoint accepted it (a 2xx answer).</summary>
    public bool Delivered { get; set; }

    /// <summary>Why the last attempt failed, in a few words.</summary>
    public string? Error { get; set; }

    /// <summary>When it ended, Unix milliseconds.</summary>
    public long At { get; set; }
}
