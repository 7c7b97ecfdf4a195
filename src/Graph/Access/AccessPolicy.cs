using System.Collections.Concurrent;
using ResourceHub.Graph.Analytics;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Matching;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Query;

namespace ResourceHub.Graph.Access;

/// <summary>
/// The one access policy: what a caller may see of a snapshot and what they may change. Built per request from the
/// caller and the snapshot the request reads, it answers for every read path — which nodes are visible, which fields
/// of them (<see cref="PersonalFields"/>), which links, and the node as the caller sees it (<see cref="View(Node)"/>),
/// which filters, orders, counts, search and matching read so that nothing the caller receives depends on what they
/// may not see — and, through <see cref="Authorize"/>, whether a change set may be committed.
/// </summary>
/// <remarks>
/// Who sees an elder's data (DESIGN.md, privacy): social workers whose stations or areas cover the elder's community
/// see it all; officials whose areas cover it see a de-identified record; admins see everything; others see no elder,
/// and an elder's needs only by their public fields. The elder's community is what these rules are made of, and is
/// shown as it is in every aggregate; everything else about the elder is hidden. Thread-safe: fields of one request
/// may resolve in parallel.
/// </remarks>
public sealed partial class AccessPolicy
{
    private readonly HashSet<long> _served = [];
    private readonly HashSet<long> _overseen = [];
    // Made on first use: most requests read no elder and never need them.
    private ConcurrentDictionary<long, AccessLevel>? _areaLevels;
    private ConcurrentDictionary<long, (Node Source, Node View)>? _views;
    private Dictionary<long, Grant>? _grants;

    /// <summary>The policy of a caller over a snapshot; the personal data read through it is recorded in <paramref name="audit"/>.</summary>
    public AccessPolicy(Caller caller, NetworkSnapshot snapshot, AuditTrail? audit = null)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(snapshot);
        Caller = caller;
        Snapshot = snapshot;
        Audit = audit ?? new AuditTrail();
        if (caller.Has(Roles.SocialWorker))
        {
            AddAreas(caller.AreaCodes, _served);
            foreach (var station in caller.StationIds)
            {
                if (snapshot.Node(station) is not Organization) continue;
                var served = snapshot.Edges(station, Direction.Out, LinkType.Serves);
                foreach (var e in served) _served.Add(e.OtherId);
                if (served.Count == 0 && NodeFacets.HomeArea(snapshot, station) is { } home) _served.Add(home.Id);
            }
        }
        if (caller.Has(Roles.Official)) AddAreas(caller.AreaCodes, _overseen);
    }

    /// <summary>A policy that sees everything: the hub's own work, tests and benchmarks.</summary>
    public static AccessPolicy Everything(NetworkSnapshot snapshot) => new(Caller.System, snapshot);

    /// <summary>Who is asking.</summary>
    public Caller Caller { get; }

    /// <summary>The personal data read through this policy, for the audit log.</summary>
    public AuditTrail Audit { get; }

    /// <summary>The snapshot the policy reads.</summary>
    public NetworkSnapshot Snapshot { get; }

    /// <summary>True when the caller sees everything (an admin).</summary>
    public bool SeesEverything => Caller.Has(Roles.Admin);

    private void AddAreas(IReadOnlyList<string> codes, HashSet<long> into)
    {
        foreach (var code in codes)
        {
            if (Snapshot.AreaByCode(code.Trim()) is { } area) into.Add(area.Id);
        }
    }

    /// <summary>How much of a node the caller may see.</summary>
    public AccessLevel LevelOf(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (SeesEverything) return AccessLevel.Personal;
        return node switch
        {
            Elder e => Raised(AreaLevel(NodeFacets.HomeArea(Snapshot, e.Id)?.Id), e.Id),
            Need n => NeedLevel(n),
            Referral r => RecordLevel(Snapshot.Node(r.NeedId) is Need need ? NeedLevel(need) : AccessLevel.None,
                IsOwn(r.HelperId) || IsOwn(r.SenderId)),
            ServiceRecord s => RecordLevel(SubjectLevel(s.ForId), IsOwn(s.ServedById)),
            Consent c => RecordLevel(AreaLevel(NodeFacets.HomeArea(Snapshot, c.ElderId)?.Id), c.RecipientId is { } to && IsOwn(to)),
            TimeBankEntry t => EntryLevel(t),
            Webhook w => IsOwn(w.OrganizationId) ? AccessLevel.Personal : AccessLevel.None,
            Volunteer v => v.Id == Caller.NodeId || IsStaff ? AccessLevel.Personal : AccessLevel.Public,
            _ => AccessLevel.Personal,
        };
    }

    /// <summary>True when the caller may see the node at all.</summary>
    public bool MaySee(Node node) => LevelOf(node) != AccessLevel.None;

    /// <summary>True when the caller may see the node with this id (false when there is none).</summary>
    public bool MaySee(long id) => Snapshot.Node(id) is { } node && MaySee(node);

    /// <summary>True when the caller may see a field of a node (a field of another kind is not personal to it: true).</summary>
    public bool MaySee(Node node, PersonalField field)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(field);
        return node.Kind != field.Kind || Sees(node, LevelOf(node), field);
    }

    // A field is seen at its level, except that what the caller sees in person only through a referral's consent is
    // limited to that consent's scope.
    private bool Sees(Node node, AccessLevel level, PersonalField field)
    {
        if (level < field.Level) return false;
        if (field.Level < AccessLevel.Personal || node is not (Elder or Need) || !Grants().TryGetValue(node.Id, out var grant)) return true;
        if (BaseLevel(node) >= AccessLevel.Personal) return true;
        return field.SharedAs is { } item && (item.Length == 0 || grant.Scope.Contains(item));
    }

    /// <summary>
    /// The node as the caller sees it: personal fields they may not see are masked or cleared as <see cref="PersonalFields"/>
    /// says; null when they may not see the node. Filters, orders, search and matching read nodes through this.
    /// </summary>
    public Node? View(Node? node)
    {
        if (node is null) return null;
        var level = LevelOf(node);
        if (level == AccessLevel.None) return null;
        var fields = PersonalFields.Of(node.Kind);
        if (level == AccessLevel.Personal || fields.IsEmpty) return node;
        // A view is made once per node and request: lists, filters and fields of one request read it again and again.
        var views = LazyInitializer.EnsureInitialized(ref _views);
        if (views.TryGetValue(node.Id, out var made) && (ReferenceEquals(made.Source, node) || ReferenceEquals(made.View, node))) return made.View;
        var view = node;
        foreach (var field in fields)
        {
            if (!Sees(node, level, field)) view = field.Hide(view, Snapshot);
        }
        views[node.Id] = (node, view);
        return view;
    }

    /// <summary>The node with this id as the caller sees it, or null.</summary>
    public Node? View(long id) => View(Snapshot.Node(id));

    /// <summary>
    /// True when the caller may see a link: both its ends, and, for a referral link from an elder's need, the need's
    /// record (de-identified or more). A link to a node the caller may not see is not shown, counted or followed.
    /// </summary>
    public bool MaySeeLink(long fromId, LinkType type, long toId)
    {
        if (SeesEverything) return true;
        if (Snapshot.Node(fromId) is not { } from || Snapshot.Node(toId) is not { } to) return false;
        if (!MaySee(from) || !MaySee(to)) return false;
        return type != LinkType.ReferredTo || from is not Need need || NeedLevel(need) >= AccessLevel.DeIdentified;
    }

    /// <summary>
    /// What matching may read of a stored need for this caller: the need as the caller sees it (no hidden situations,
    /// no private point), so a match never depends on what the caller may not see.
    /// </summary>
    public NeedSpec SpecOf(Need need)
    {
        ArgumentNullException.ThrowIfNull(need);
        var seen = (Need)(View(need) ?? throw new ArgumentException("every need is visible at least by its public fields", nameof(need)));
        // Matching reads where the need is and whom it is for: a read of personal data when the caller may see it.
        foreach (var field in (ReadOnlySpan<PersonalField>)[PersonalFields.NeedSituations, PersonalFields.NeedPoint])
        {
            if (IsPersonal(need) && MaySee(need, field)) Audit.Read(need, field);
        }
        return NeedSpec.Of(Snapshot, seen);
    }

    /// <summary>
    /// Records, for the audit log, the personal fields a list's conditions and order read of the nodes it answers with:
    /// a name condition or order reads the name, a situation condition the situations, a distance the point — of
    /// those nodes whose field the caller may see (the others were read masked).
    /// </summary>
    public void RecordQueryReads(IEnumerable<Node> answered, Query.NodeFilter? filter, Query.NodeOrder order)
    {
        ArgumentNullException.ThrowIfNull(answered);
        ArgumentNullException.ThrowIfNull(order);
        var conditions = filter?.All().ToList() ?? [];
        var read = new List<string>();
        if (order.Field == Query.NodeOrderField.Name || conditions.Any(f => f.Name is not null)) read.Add("name");
        if (conditions.Any(f => f.ForSituation is not null)) read.Add("situations");
        if (order.Field == Query.NodeOrderField.Distance || conditions.Any(f => f.Near is not null)) read.Add("point");
        if (read.Count == 0) return;
        foreach (var node in answered)
        {
            if (!IsPersonal(node)) continue;
            foreach (var name in read)
            {
                if (PersonalFields.Find(node.Kind, name) is { } field && MaySee(node, field)) Audit.Read(node, field);
            }
        }
    }

    /// <summary>True when some of the node's fields are personal data (an elder, an elder's need, a volunteer, a referral, an entry on an elder's time-bank account).</summary>
    public bool IsPersonal(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return !PersonalFields.Of(node.Kind).IsEmpty && node switch
        {
            Need n => Snapshot.IsPersonalNeed(n.Id),
            TimeBankEntry t => NamesElder(t),
            _ => true,
        };
    }

    /// <summary>
    /// True when the caller may list a kind at all: elders are listed to social workers, officials and admins, records
    /// (referrals, service records, consents) to signed-in people, everything else to everyone. A list shows only the
    /// nodes the caller may see.
    /// </summary>
    public bool MayList(NodeKind kind) => kind switch
    {
        NodeKind.Elder => Caller.Has(Roles.SocialWorker | Roles.Official | Roles.Admin),
        NodeKind.Referral or NodeKind.ServiceRecord or NodeKind.Consent or NodeKind.TimeBankEntry or NodeKind.Webhook => Caller.IsSignedIn && MayWrite,
        _ => true,
    };

    /// <summary>
    /// True when the caller may read a time-bank account (every entry of it): its holder (a volunteer, an organization's
    /// admin), those who see an elder holder's record, and staff whose scope covers the area a volunteer or an
    /// organization belongs to.
    /// </summary>
    public bool MaySeeAccount(long id)
    {
        if (SeesEverything || IsOwn(id)) return true;
        return Snapshot.Node(id) switch
        {
            Elder e => LevelOf(e) >= AccessLevel.DeIdentified,
            Volunteer or Organization => AreaLevel(NodeFacets.HomeArea(Snapshot, id)?.Id) >= AccessLevel.DeIdentified,
            _ => false,
        };
    }

    /// <summary>True when the caller serves or oversees this area (a social worker or an official whose scope covers it, or an admin): its aggregates are theirs to read.</summary>
    public bool Oversees(long areaId) => AreaLevel(areaId) >= AccessLevel.DeIdentified;

    /// <summary>True when the caller serves the elders of this area: a social worker whose scope covers it, or an admin.</summary>
    public bool Serves(long areaId) => AreaLevel(areaId) == AccessLevel.Personal;

    // Staff see the identifiers of the volunteers they work with.
    private bool IsStaff => Caller.Has(Roles.SocialWorker | Roles.Official | Roles.OrgAdmin | Roles.Admin);

    private bool IsOwn(long id) => Caller.NodeId == id && Caller.Has(Roles.Volunteer | Roles.OrgAdmin | Roles.SocialWorker);

    // A time-bank entry is the record of its accounts: their holders see it (a volunteer, an organization's admin), and so
    // do those who see the holders' people — an elder's account as the elder's record, a volunteer's or an organization's
    // as the area it belongs to is served or overseen. What an entry on an elder's account says (its reason: who the
    // relative is) tells of the elder: in full to its holders and to those who see every elder it names in person, and
    // de-identified to everyone else who sees it (the staff of the other account's area, the elder's official).
    private AccessLevel EntryLevel(TimeBankEntry t)
    {
        var level = AccessLevel.None;
        var own = false;
        var elderUnseen = false;
        foreach (var account in (ReadOnlySpan<long?>)[t.FromId, t.ToId])
        {
            if (account is not { } id) continue;
            var seen = IsOwn(id) ? AccessLevel.Personal : Snapshot.Node(id) is Elder e ? LevelOf(e) : AreaLevel(NodeFacets.HomeArea(Snapshot, id)?.Id);
            if (IsOwn(id)) own = true;
            else if (Snapshot.Node(id) is Elder && seen < AccessLevel.Personal) elderUnseen = true;
            if (seen > level) level = seen;
        }
        if (level == AccessLevel.None) return level;
        return own || !elderUnseen ? AccessLevel.Personal : AccessLevel.DeIdentified;
    }

    // True when an entry names an elder's account: what it says is then the elder's personal data.
    private bool NamesElder(TimeBankEntry t) =>
        (t.FromId is { } from && Snapshot.Node(from) is Elder) || (t.ToId is { } to && Snapshot.Node(to) is Elder);

    private static AccessLevel RecordLevel(AccessLevel subject, bool party) =>
        subject >= AccessLevel.DeIdentified ? subject : party ? AccessLevel.DeIdentified : AccessLevel.None;

    private AccessLevel SubjectLevel(long id) => Snapshot.Node(id) switch
    {
        Elder e => LevelOf(e),
        Need n => NeedLevel(n),
        null => AccessLevel.None,
        _ => AccessLevel.Personal,
    };

    // An elder's need (or one with no owner) is the elder's personal data; a community's or an organization's is public.
    // The helper referred to sees it de-identified, and in person once a referral with the elder's consent is accepted.
    private AccessLevel NeedLevel(Need need) => Raised(BaseNeedLevel(need), need.Id);

    // What the caller sees of an elder or an elder's need by their scope alone, before any referral's consent.
    private AccessLevel BaseLevel(Node node) => node switch
    {
        Elder e => AreaLevel(NodeFacets.HomeArea(Snapshot, e.Id)?.Id),
        Need n => BaseNeedLevel(n),
        _ => LevelOf(node),
    };

    private AccessLevel Raised(AccessLevel level, long id) =>
        level < AccessLevel.Personal && Grants().TryGetValue(id, out var grant) && grant.Level > level ? grant.Level : level;

    private AccessLevel BaseNeedLevel(Need need)
    {
        if (SeesEverything) return AccessLevel.Personal;
        var owner = Snapshot.NeedOwner(need.Id);
        if (owner is Area or Organization) return AccessLevel.Personal;
        var area = owner is Elder elder ? NodeFacets.HomeArea(Snapshot, elder.Id) : NodeFacets.HomeArea(Snapshot, need.Id);
        var level = AreaLevel(area?.Id);
        return level > AccessLevel.Public ? level : AccessLevel.Public;
    }

    // What the caller may see of the people who live in an area: all (serving it), de-identified (overseeing it) or nothing.
    private AccessLevel AreaLevel(long? areaId)
    {
        if (SeesEverything) return AccessLevel.Personal;
        if (areaId is not { } id || (_served.Count == 0 && _overseen.Count == 0)) return AccessLevel.None;
        return LazyInitializer.EnsureInitialized(ref _areaLevels).GetOrAdd(id, a =>
        {
            if (Covers(_served, a)) return AccessLevel.Personal;
            return Covers(_overseen, a) ? AccessLevel.DeIdentified : AccessLevel.None;
        });
    }

    // What referrals to the caller's side let them see: the need of every referral sent to them or under way with them,
    // de-identified; with the elder's consent (ReferralConsent), once accepted and while under way, the need and the elder
    // in person, within the consent's scope. Read from the snapshot on first use, so a withdrawal or a closed referral
    // counts from the next request on.
    private Dictionary<long, Grant> Grants() => LazyInitializer.EnsureInitialized(ref _grants, FindGrants);

    private Dictionary<long, Grant> FindGrants()
    {
        var grants = new Dictionary<long, Grant>();
        if (SeesEverything || Caller.NodeId is not { } me || !Caller.Has(Roles.Volunteer | Roles.OrgAdmin | Roles.SocialWorker)) return grants;
        var state = new Changes.SnapshotState(Snapshot);
        IEnumerable<long> helpers = [me];
        if (Caller.Has(Roles.OrgAdmin))
            helpers = helpers.Concat(state.Linked(me, Direction.In, LinkType.EmployedBy)).Concat(state.Linked(me, Direction.Out, LinkType.Owns));
        foreach (var helper in helpers)
        {
            foreach (var id in Snapshot.ReferencedBy(helper))
            {
                if (Snapshot.Node(id) is not Referral r || r.HelperId != helper || !(r.Status == ReferralStatus.Sent || Referrals.ReferralMachine.IsActive(r.Status))) continue;
                if (!OnSide(Referrals.ReferralSide.Helper, r, state)) continue;
                var consent = Referrals.ReferralMachine.IsActive(r.Status) ? Referrals.ReferralConsent.Of(r, state) : null;
                Add(grants, r.NeedId, consent);
                if (consent is not null) Add(grants, consent.ElderId, consent);
            }
        }
        return grants;
    }

    private static void Add(Dictionary<long, Grant> grants, long id, Consent? consent)
    {
        if (!grants.TryGetValue(id, out var grant)) grants[id] = grant = new Grant();
        if (consent is null) return;
        grant.Level = AccessLevel.Personal;
        grant.Scope.UnionWith(consent.Scope);
    }

    private sealed class Grant
    {
        public AccessLevel Level { get; set; } = AccessLevel.DeIdentified;

        public HashSet<string> Scope { get; } = new(StringComparer.OrdinalIgnoreCase);
    }

    private bool Covers(HashSet<long> roots, long areaId) => Snapshot.IsWithinAny(areaId, roots);
}
