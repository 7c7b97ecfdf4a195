using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;

namespace ResourceHub.Graph.Changes;

/// <summary>
/// Checks a change set against a snapshot as if it had been applied: every node rule, every link rule,
/// the area hierarchy, record references and unique keys. Either every rule holds and a plan comes out,
/// or errors do and nothing is written.
/// </summary>
internal sealed partial class ChangeSetValidator : INetworkState
{
    private const int MaxNoteLength = 500;
    private readonly NetworkSnapshot _s;
    private readonly DateTimeOffset _now;
    private readonly List<ChangeError> _errors = [];
    private readonly ChangePlan _plan = new();

    // The state the change set would produce, over the snapshot.
    private readonly Dictionary<long, Node?> _nodes = [];
    private readonly Dictionary<long, int> _opOfNode = [];
    private readonly Dictionary<long, (Link Link, int Op)> _addedLinks = [];
    private readonly HashSet<long> _removedLinks = [];
    private readonly Dictionary<(long Node, Direction Dir, LinkType Type), List<long>> _addedByEnd = [];
    // Areas and needs whose structure rules must be checked again, with the operation that made them so.
    private readonly Dictionary<long, int> _touchedAreas = [];
    private readonly Dictionary<long, int> _touchedNeeds = [];

    private ChangeSetValidator(NetworkSnapshot snapshot, DateTimeOffset now)
    {
        _s = snapshot;
        _now = now;
    }

    public static (ChangePlan? Plan, IReadOnlyList<ChangeError> Errors) Validate(NetworkSnapshot snapshot, ChangeSet changes, DateTimeOffset now) =>
        Validate(snapshot, changes, now, authorize: null);

    /// <summary>
    /// Validates a change set and asks <paramref name="authorize"/> whether its author may make it, reading the network
    /// before and after. A refusal of the author comes alone: the rules the input breaks are told only to whoever may
    /// make the change, so they never tell anything about what the author may not see.
    /// </summary>
    public static (ChangePlan? Plan, IReadOnlyList<ChangeError> Errors) Validate(NetworkSnapshot snapshot, ChangeSet changes, DateTimeOffset now,
        Func<ChangeSet, INetworkState, INetworkState, IReadOnlyList<ChangeError>>? authorize, TimeBank.TimeBankRules? timeBank = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(changes);
        var v = new ChangeSetValidator(snapshot, now) { _timeBank = timeBank ?? TimeBank.TimeBankRules.Default };
        v.Run(changes);
        if (authorize?.Invoke(changes, new SnapshotState(snapshot), v) is { Count: > 0 } refused) return (null, refused);
        return v._errors.Count > 0 ? (null, v._errors) : (v._plan, []);
    }

    Node? INetworkState.Node(long id) => NodeOf(id);

    IEnumerable<long> INetworkState.Linked(long id, Direction direction, LinkType type) => EffectiveEdges(id, direction, type).Select(e => e.Other);

    private void Error(int op, string field, string message, string code = ChangeErrorCodes.BadUserInput) =>
        _errors.Add(new ChangeError(op, field, message, code));

    // A message naming typed values ({0}, {1} …) that each layer names its own way.
    private void Error(int op, string field, string template, string code, params object[] args) =>
        _errors.Add(new ChangeError(op, field, template, code, args));

    // Text put into a message template as it is (a name): its braces are not placeholders.
    private static string Literal(string text) => text.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal);

    // A node named in a message, as the change set would leave it (or as the snapshot holds it).
    private NodeRef Ref(long id) => new(id, NodeOf(id)?.Kind ?? _s.Node(id)?.Kind ?? default);

    private Node? NodeOf(long id) => _nodes.TryGetValue(id, out var n) ? n : id > 0 ? _s.Node(id) : null;

    private void Run(ChangeSet changes)
    {
        var ops = changes.Operations;
        for (var i = 0; i < ops.Count; i++)
        {
            switch (ops[i])
            {
                case ChangeOperation.CreateNode c: CreateNode(i, c); break;
                case ChangeOperation.UpdateNode u: UpdateNode(i, u.Node); break;
                case ChangeOperation.DeleteNode d: DeleteNode(i, d.Id, d.ExpectedVersion); break;
                case ChangeOperation.CreateLink l: CreateLink(i, l); break;
                case ChangeOperation.UpdateLink u: UpdateLink(i, u.Link); break;
                case ChangeOperation.DeleteLink d: DeleteLink(i, d); break;
                default: Error(i, "operation", "unknown operation"); break;
            }
        }
        if (_errors.Count > 0) return;
        CheckLinks();
        CheckDependents();
        CheckStructure();
        CheckReferencesAndKeys();
        CheckHelpersWanted();
        CheckConsents();
        CheckLedger();
        CheckBookings();
        if (_errors.Count > 0) return;
        foreach (var (link, _) in _addedLinks.Values) _plan.LinkCreates.Add(link);
    }

    private bool ClaimNode(int op, long id)
    {
        if (_opOfNode.TryAdd(id, op)) return true;
        Error(op, "id", "{0} is already changed by another operation of this change set; change a node once per set", ChangeErrorCodes.BadUserInput, Ref(id));
        return false;
    }

    private void CheckNode(int op, Node node)
    {
        foreach (var (field, message) in NodeRules.Check(node)) Error(op, field, message);
    }

    private void CreateNode(int op, ChangeOperation.CreateNode c)
    {
        if (c.TempId >= 0) { Error(op, "id", "a created node's temporary id must be negative"); return; }
        if (!ClaimNode(op, c.TempId)) return;
        Node node = c.Node with { Id = c.TempId, Version = 1, CreatedAt = _now, UpdatedAt = _now };
        CheckNode(op, node);
        if (node is Referral created) node = CheckReferral(op, null, created);
        if (node is TimeBankEntry entry) _entries.Add((entry, op));
        _nodes[c.TempId] = node;
        _plan.Creates.Add(node);
        Touch(node, op);
    }

    private void UpdateNode(int op, Node node)
    {
        var existing = node.Id > 0 ? _s.Node(node.Id) : null;
        if (existing is null) { Error(op, "id", "there is no node with this id", ChangeErrorCodes.NotFound); return; }
        if (!ClaimNode(op, node.Id)) return;
        if (existing.Kind != node.Kind) { Error(op, "kind", "{0} is not a {1}", ChangeErrorCodes.BadUserInput, NodeRef.Of(existing), node.Kind); return; }
        RefuseLedgerChange(op, existing);
        if (existing.Version != node.Version)
        {
            Error(op, "version", "{0} is at version {1}, not {2}: it changed since it was read; read it again", ChangeErrorCodes.Conflict, NodeRef.Of(existing), existing.Version, node.Version);
            return;
        }
        var updated = node with { Version = existing.Version + 1, CreatedAt = existing.CreatedAt, UpdatedAt = _now };
        CheckNode(op, updated);
        if (updated is Referral changed) updated = CheckReferral(op, existing as Referral, changed);
        if (updated is Consent consent && existing is Consent given) CheckConsentUpdate(op, given, consent);
        if (updated is Booking booking && existing is Booking booked) CheckBookingUpdate(op, booked, booking);
        _nodes[node.Id] = updated;
        _plan.Updates.Add((updated, existing.Version));
        Touch(updated, op);
        if (updated is Area) TouchChildren(updated.Id, op);
    }

    private void Touch(Node node, int op)
    {
        if (node is Area) _touchedAreas.TryAdd(node.Id, op);
        if (node is Need) _touchedNeeds.TryAdd(node.Id, op);
    }

    private void TouchChildren(long areaId, int op)
    {
        foreach (var (child, _) in EffectiveEdges(areaId, Direction.In, LinkType.PartOf)) _touchedAreas.TryAdd(child, op);
    }

    private void DeleteNode(int op, long id, int expectedVersion)
    {
        var existing = id > 0 ? _s.Node(id) : null;
        if (existing is null) { Error(op, "id", "there is no node with this id", ChangeErrorCodes.NotFound); return; }
        if (!ClaimNode(op, id)) return;
        RefuseLedgerChange(op, existing);
        if (existing.Version != expectedVersion)
        {
            Error(op, "version", "{0} is at version {1}, not {2}: it changed since it was read; read it again", ChangeErrorCodes.Conflict, NodeRef.Of(existing), existing.Version, expectedVersion);
            return;
        }
        if (existing is Area) TouchChildren(id, op);
        _nodes[id] = null;
        _plan.Deletes.Add((id, expectedVersion));
        foreach (var dir in (Direction[])[Direction.Out, Direction.In])
        {
            foreach (var e in _s.Edges(id, dir))
            {
                if (_plan.LinkUpdates.Any(u => u.Link.Id == e.LinkId))
                {
                    Error(op, "id", "{0} has a link that this change set also updates; a deleted node's links go with it", ChangeErrorCodes.BadUserInput, NodeRef.Of(existing));
                    continue;
                }
                if (_removedLinks.Add(e.LinkId))
                {
                    _plan.LinkDeletes.Add(_s.Link(e.LinkId)!);
                    TouchEnd(e.OtherId, e.Type, op);
                }
            }
        }
        foreach (var (linkId, (link, _)) in _addedLinks.Where(kv => kv.Value.Link.FromId == id || kv.Value.Link.ToId == id).ToList())
            RemoveAdded(linkId, link);
    }

    private void TouchEnd(long otherId, LinkType type, int op)
    {
        if (type == LinkType.PartOf && NodeOf(otherId) is Area) _touchedAreas.TryAdd(otherId, op);
        if (type == LinkType.HasNeed && NodeOf(otherId) is Need) _touchedNeeds.TryAdd(otherId, op);
    }

    private void CreateLink(int op, ChangeOperation.CreateLink c)
    {
        var l = c.Link;
        if (c.TempId >= 0 || _addedLinks.ContainsKey(c.TempId)) { Error(op, "id", "a created link's temporary id must be negative and unique"); return; }
        if (!Enum.IsDefined(l.Type)) { Error(op, "type", "must be one of {0}", ChangeErrorCodes.BadUserInput, Enum.GetValues<LinkType>().Cast<Enum>().ToList()); return; }
        if (l.Weight is { } w && (!double.IsFinite(w) || w is < 0 or > 1)) Error(op, "weight", "must be 0 to 1");
        if (l.Since > l.Until) Error(op, "until", "must not be before since");
        if (l.Note is { Length: > MaxNoteLength }) Error(op, "note", $"must be at most {MaxNoteLength} characters");
        var link = l with { Id = c.TempId, Version = 1 };
        _addedLinks[c.TempId] = (link, op);
        Index(link, add: true);
    }

    private void Index(Link link, bool add)
    {
        foreach (var (node, dir) in (ReadOnlySpan<(long, Direction)>)[(link.FromId, Direction.Out), (link.ToId, Direction.In)])
        {
            var key = (node, dir, link.Type);
            if (add)
            {
                if (!_addedByEnd.TryGetValue(key, out var list)) _addedByEnd[key] = list = [];
                list.Add(link.Id);
            }
            else _addedByEnd[key].Remove(link.Id);
        }
    }

    private void RemoveAdded(long tempId, Link link)
    {
        _addedLinks.Remove(tempId);
        Index(link, add: false);
    }

    private void UpdateLink(int op, Link link)
    {
        var existing = link.Id > 0 && !_removedLinks.Contains(link.Id) ? _s.Link(link.Id) : null;
        if (existing is null) { Error(op, "id", "there is no link with this id", ChangeErrorCodes.NotFound); return; }
        if (existing.Type != link.Type || existing.FromId != link.FromId || existing.ToId != link.ToId)
        {
            Error(op, "type", "a link's type and ends cannot change; remove it and add another");
            return;
        }
        if (existing.Version != link.Version)
        {
            Error(op, "version", "the link is at version {0}, not {1}: it changed since it was read; read it again", ChangeErrorCodes.Conflict, existing.Version, link.Version);
            return;
        }
        if (_plan.LinkUpdates.Any(u => u.Link.Id == link.Id)) { Error(op, "id", "the link is already changed in this change set"); return; }
        if (link.Weight is { } w && (!double.IsFinite(w) || w is < 0 or > 1)) Error(op, "weight", "must be 0 to 1");
        if (link.Since > link.Until) Error(op, "until", "must not be before since");
        if (link.Note is { Length: > MaxNoteLength }) Error(op, "note", $"must be at most {MaxNoteLength} characters");
        _plan.LinkUpdates.Add((link with { Version = existing.Version + 1 }, existing.Version));
    }

    private void DeleteLink(int op, ChangeOperation.DeleteLink d)
    {
        if (d.FromId > 0 && _s.FindLink(d.Type, d.FromId, d.ToId) is { } existing && !_removedLinks.Contains(existing.Id))
        {
            if (_plan.LinkUpdates.Any(u => u.Link.Id == existing.Id)) { Error(op, "id", "the link is also updated in this change set"); return; }
            _removedLinks.Add(existing.Id);
            _plan.LinkDeletes.Add(existing);
        }
        else if (_addedByEnd.TryGetValue((d.FromId, Direction.Out, d.Type), out var list) &&
                 list.FirstOrDefault(id => _addedLinks[id].Link.ToId == d.ToId) is var tempId and < 0)
        {
            RemoveAdded(tempId, _addedLinks[tempId].Link);
        }
        else
        {
            Error(op, "link", "there is no {0} link from {1} to {2}", ChangeErrorCodes.NotFound, d.Type, Ref(d.FromId), Ref(d.ToId));
            return;
        }
        TouchEnd(d.FromId, d.Type, op);
        TouchEnd(d.ToId, d.Type, op);
    }

    /// <summary>The other ends and link ids of a node's links of a type in the state the change set would produce.</summary>
    private List<(long Other, long LinkId)> EffectiveEdges(long id, Direction dir, LinkType type)
    {
        var result = new List<(long, long)>();
        if (id > 0)
        {
            foreach (var e in _s.Edges(id, dir, type))
            {
                if (!_removedLinks.Contains(e.LinkId)) result.Add((e.OtherId, e.LinkId));
            }
        }
        if (_addedByEnd.TryGetValue((id, dir, type), out var added))
        {
            foreach (var linkId in added)
            {
                var l = _addedLinks[linkId].Link;
                result.Add((dir == Direction.Out ? l.ToId : l.FromId, linkId));
            }
        }
        return result;
    }

    private void CheckLinks()
    {
        var seen = new HashSet<(LinkType, long, long)>();
        var checkedSources = new HashSet<(long, LinkType)>();
        var checkedTargets = new HashSet<(long, LinkType)>();
        foreach (var (link, op) in _addedLinks.Values.OrderBy(x => x.Op))
        {
            var rule = LinkRules.For(link.Type);
            var from = NodeOf(link.FromId);
            var to = NodeOf(link.ToId);
            if (from is null) { Error(op, "fromId", "there is no node with this id", ChangeErrorCodes.NotFound); continue; }
            if (to is null) { Error(op, "toId", "there is no node with this id", ChangeErrorCodes.NotFound); continue; }
            if (link.FromId == link.ToId) { Error(op, "toId", "a node cannot be linked to itself"); continue; }
            if (!rule.Allows(from.Kind, to.Kind))
            {
                Error(op, "type", "{0} cannot join {1} → {2}; it joins " + rule.Describe(), ChangeErrorCodes.BadUserInput, link.Type, from.Kind, to.Kind);
                continue;
            }
            if (link.Type == LinkType.StationedAt && to is Organization { OrganizationKind: not (OrganizationKind.SocialWorkStation or OrganizationKind.SocialWorkOffice) })
            {
                Error(op, "toId", "a social worker is stationed at a social work station (社工站) or a community social-work office (社会工作室)");
                continue;
            }
            if (!seen.Add((link.Type, link.FromId, link.ToId)) ||
                (link.FromId > 0 && _s.FindLink(link.Type, link.FromId, link.ToId) is { } old && !_removedLinks.Contains(old.Id)))
            {
                Error(op, "toId", "{0} already has a {1} link to {2}", ChangeErrorCodes.BadUserInput, Ref(link.FromId), link.Type, Ref(link.ToId));
                continue;
            }
            if (rule.MaxPerSource is { } maxOut && checkedSources.Add((link.FromId, link.Type)) &&
                EffectiveEdges(link.FromId, Direction.Out, link.Type).Count > maxOut)
                Error(op, "fromId", "{0} may have at most {1} {2} link(s)", ChangeErrorCodes.BadUserInput, Ref(link.FromId), maxOut, link.Type);
            if (rule.MaxPerTarget is { } maxIn && checkedTargets.Add((link.ToId, link.Type)) &&
                EffectiveEdges(link.ToId, Direction.In, link.Type).Count > maxIn)
                Error(op, "toId", "{0} may have at most {1} incoming {2} link(s)", ChangeErrorCodes.BadUserInput, Ref(link.ToId), maxIn, link.Type);
            TouchEnd(link.FromId, link.Type, op);
            TouchEnd(link.ToId, link.Type, op);
        }
    }

    // What a node holds in place: the areas below it, what lies in it, the needs it has, the resources it owns.
    private static readonly (LinkType Type, Direction FromDeleted)[] Holds =
        [(LinkType.PartOf, Direction.In), (LinkType.LocatedIn, Direction.In), (LinkType.HasNeed, Direction.Out), (LinkType.Owns, Direction.Out)];

    // Nodes a delete would leave without their area, parent, owner: each is named by the delete's refusal, not again below.
    private readonly HashSet<long> _stranded = [];

    /// <summary>
    /// A node may be deleted only when nothing it holds in place would be left without it: an area with the areas below
    /// it, or with elders, needs or anyone located in it, an owner with its needs or resources. Those moved elsewhere
    /// or deleted in the same change set do not count.
    /// </summary>
    private void CheckDependents()
    {
        foreach (var id in _nodes.Where(kv => kv.Value is null && kv.Key > 0).Select(kv => kv.Key).Order().ToList())
        {
            var stranded = new List<NodeRef>();
            foreach (var (type, dir) in Holds)
            {
                var back = dir == Direction.In ? Direction.Out : Direction.In;
                foreach (var other in _s.Edges(id, dir, type).OtherIds)
                {
                    if (_nodes.TryGetValue(other, out var gone) && gone is null) continue;
                    if (EffectiveEdges(other, back, type).Count > 0) continue;
                    stranded.Add(Ref(other));
                    _stranded.Add(other);
                }
            }
            if (stranded.Count > 0)
                Error(_opOfNode[id], "id", "{0} is still needed by {1}: move or delete them first", ChangeErrorCodes.InUse, Ref(id), stranded);
        }
    }

    private void CheckStructure()
    {
        foreach (var (id, cause) in _touchedAreas.OrderBy(kv => kv.Key))
        {
            if (_stranded.Contains(id) || NodeOf(id) is not Area area) continue;
            var op = _opOfNode.GetValueOrDefault(id, cause);
            var parents = EffectiveEdges(id, Direction.Out, LinkType.PartOf);
            var parent = parents.Count == 1 ? NodeOf(parents[0].Other) as Area : null;
            var expected = area.Level switch
            {
                AreaLevel.District => AreaLevel.City,
                AreaLevel.Township => AreaLevel.District,
                AreaLevel.Community => AreaLevel.Township,
                _ => (AreaLevel?)null,
            };
            if (parent is null)
            {
                if (area.Level is AreaLevel.Township or AreaLevel.Community)
                    Error(op, "parent", "{0} " + area.Code + " must lie in a {1} ({2} link)", ChangeErrorCodes.BadUserInput, area.AreaKind, expected!, LinkType.PartOf);
                continue;
            }
            if (parent.Level != expected)
            {
                if (expected is null) Error(op, "parent", "a {0} is the top of the hierarchy and lies in no other area, not in {1} " + parent.Code, ChangeErrorCodes.BadUserInput, area.Level, parent.Level);
                else Error(op, "parent", "{0} " + area.Code + " must lie in a {1}, not in {2} '" + Literal(parent.Name) + "' (" + parent.Code + ")", ChangeErrorCodes.BadUserInput, area.AreaKind, expected, parent.Level);
                continue;
            }
            var prefix = area.Level == AreaLevel.District ? parent.Code[..4] : parent.Code;
            if (!area.Code.StartsWith(prefix, StringComparison.Ordinal))
                Error(op, "code", $"'{area.Code}' does not fit its parent '{parent.Name}' ({parent.Code}): it must start with {prefix}", ChangeErrorCodes.BadUserInput);
        }
        foreach (var (id, cause) in _touchedNeeds.OrderBy(kv => kv.Key))
        {
            if (_stranded.Contains(id) || NodeOf(id) is not Need need) continue;
            if (EffectiveEdges(id, Direction.In, LinkType.HasNeed).Count == 0)
                Error(_opOfNode.GetValueOrDefault(id, cause), "owner", "{0} must belong to an elder, an organization or an area ({1} link)", ChangeErrorCodes.BadUserInput, NodeRef.Of(need), LinkType.HasNeed);
        }
    }

    private void CheckReferencesAndKeys()
    {
        var keys = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (id, node) in _nodes)
        {
            if (node is null) continue;
            var op = _opOfNode[id];
            foreach (var r in References(node))
            {
                var target = NodeOf(r.TargetId);
                if (target is null) Error(op, char.ToLowerInvariant(r.Field[0]) + r.Field[1..], "there is no node with this id", ChangeErrorCodes.NotFound);
                else if (!r.Allowed.Contains(target.Kind))
                    Error(op, char.ToLowerInvariant(r.Field[0]) + r.Field[1..], "must name a node of kind {0}, not {1}", ChangeErrorCodes.BadUserInput, r.Allowed.Cast<Enum>().ToList(), NodeRef.Of(target));
            }
            if (NetworkSnapshot.UniqueKey(node) is { } key)
            {
                if (!keys.TryAdd(key, id) ||
                    (_s.TryGetKeyOwner(key, out var owner) && owner != id && NodeOf(owner) is { } o && NetworkSnapshot.UniqueKey(o) == key))
                    Error(op, node is Area ? "code" : "volunteerNumber", $"{(node is Area ? "area code" : "volunteer number")} '{key[(key.IndexOf(':') + 1)..]}' is already taken");
            }
        }
        // A deleted node may not stay named by a record: look the records up through the snapshot's reverse index,
        // then check the records this change set writes.
        foreach (var (id, node) in _nodes.Where(kv => kv.Value is null && kv.Key > 0).ToList())
        {
            foreach (var recordId in _s.ReferencedBy(id))
            {
                if (_nodes.ContainsKey(recordId)) continue;
                Error(_opOfNode[id], "id", "{0} is named by {1}; remove that first", ChangeErrorCodes.InUse, Ref(id), Ref(recordId));
            }
        }
        foreach (var record in _nodes.Values.OfType<Node>())
        {
            foreach (var r in References(record))
            {
                if (r.TargetId > 0 && _nodes.TryGetValue(r.TargetId, out var target) && target is null)
                    Error(_opOfNode[r.TargetId], "id", "{0} is named by {1}; remove that first", ChangeErrorCodes.InUse, Ref(r.TargetId), NodeRef.Of(record));
            }
        }
    }

    private static IEnumerable<NodeReference> References(Node node) => node switch
    {
        Referral r => r.GetReferences(),
        ServiceRecord s => s.GetReferences(),
        Consent c => c.GetReferences(),
        TimeBankEntry t => t.GetReferences(),
        Booking b => b.GetReferences(),
        Webhook w => w.GetReferences(),
        _ => [],
    };
}
