namespace ResourceHub.Graph.Model;

/// <summary>Hours served (服务记录); a volunteer's records form the time-bank ledger's earnings.</summary>
public sealed record ServiceRecord : Node
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.ServiceRecord;

    /// <summary>Who served: volunteer, social worker or organization.</summary>
    public long ServedById { get; init; }

    /// <summary>For whom or what: elder, need, activity or area.</summary>
    public long ForId { get; init; }

    /// <summary>The day served.</summary>
    public DateOnly Date { get; init; }

    /// <summary>Hours served, more than 0 and at most 24.</summary>
    public decimal Hours { get; init; }

    /// <summary>Rating 1 to 5, if given.</summary>
    public int? Rating { get; init; }

    /// <summary>The nodes this record names.</summary>
    public IEnumerable<NodeReference> GetReferences() =>
    [
        new(nameof(ServedById), ServedById, [NodeKind.Volunteer, NodeKind.SocialWorker, NodeKind.Organization]),
        new(nameof(ForId), ForId, [NodeKind.Elder, NodeKind.Need, NodeKind.Activity, NodeKind.Area]),
    ];
}
