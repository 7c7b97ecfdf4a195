using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Changes;

/// <summary>
/// A validated change set, ready to be written: nodes and links in final form, still under temporary (negative) ids
/// where new. A store gives the new ones their ids as it commits (<see cref="ToDelta"/>), and checks each update and
/// delete against the version it was validated at.
/// </summary>
public sealed class ChangePlan
{
    internal ChangePlan()
    {
    }

    /// <summary>Nodes to create, under temporary ids.</summary>
    public List<Node> Creates { get; } = [];

    /// <summary>Nodes to update, each with the version the database must still hold.</summary>
    public List<(Node Node, int ExpectedVersion)> Updates { get; } = [];

    /// <summary>Nodes to delete, each with the version the database must still hold.</summary>
    public List<(long Id, int ExpectedVersion)> Deletes { get; } = [];

    /// <summary>Links to create, under temporary ids; their ends may be temporary ids of nodes created here.</summary>
    public List<Link> LinkCreates { get; } = [];

    /// <summary>Links to update, each with the version the database must still hold.</summary>
    public List<(Link Link, int ExpectedVersion)> LinkUpdates { get; } = [];

    /// <summary>Links to delete, as they are: a store that finds a link by its ends (Neo4j) needs more than its id.</summary>
    public List<Link> LinkDeletes { get; } = [];

    /// <summary>The plan in final form, temporary ids replaced by the real ids given: creates first, then updates.</summary>
    public NetworkDelta ToDelta(IReadOnlyDictionary<long, long> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        long Real(long id) => id < 0 ? ids[id] : id;
        var delta = new NetworkDelta();
        foreach (var l in LinkCreates) delta.UpsertedLinks.Add(l with { Id = ids[l.Id], FromId = Real(l.FromId), ToId = Real(l.ToId) });
        foreach (var (l, _) in LinkUpdates) delta.UpsertedLinks.Add(l);
        delta.DeletedLinks.AddRange(LinkDeletes.Select(l => l.Id));
        foreach (var n in Creates) delta.UpsertedNodes.Add(RealIds(n with { Id = ids[n.Id] }, Real));
        foreach (var (n, _) in Updates) delta.UpsertedNodes.Add(RealIds(n, Real));
        delta.DeletedNodes.AddRange(Deletes.Select(d => d.Id));
        return delta;
    }

    private static Node RealIds(Node node, Func<long, long> real) => node switch
    {
        Referral r => r with
        {
            NeedId = real(r.NeedId),
            HelperId = real(r.HelperId),
            SenderId = real(r.SenderId),
            ConsentId = r.ConsentId is { } consent ? real(consent) : null,
            History = r.History.Select(h => h with { ById = h.ById is { } by ? real(by) : null }).ToList(),
        },
        ServiceRecord s => s with { ServedById = real(s.ServedById), ForId = real(s.ForId) },
        Consent c => c with { ElderId = real(c.ElderId), RecipientId = c.RecipientId is { } id ? real(id) : null },
        Webhook w => w with { OrganizationId = real(w.OrganizationId) },
        Booking b => b with { VenueId = real(b.VenueId), BookedById = real(b.BookedById), ActivityId = b.ActivityId is { } a ? real(a) : null },
        TimeBankEntry t => t with
        {
            FromId = t.FromId is { } from ? real(from) : null,
            ToId = t.ToId is { } to ? real(to) : null,
            ServiceRecordId = t.ServiceRecordId is { } record ? real(record) : null,
        },
        _ => node,
    };

    /// <summary>True when the plan writes nothing.</summary>
    public bool IsEmpty => Creates.Count == 0 && Updates.Count == 0 && Deletes.Count == 0 &&
        LinkCreates.Count == 0 && LinkUpdates.Count == 0 && LinkDeletes.Count == 0;
}
