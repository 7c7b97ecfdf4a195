using GraphQL;
using ResourceHub.Graph.Access;
using ResourceHub.Graph.Changes;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Persistence;
using ResourceHub.Graph.Privacy;
using ResourceHub.Graph.Referrals;
using ResourceHub.Schema.Relay;

namespace ResourceHub.Schema.Mutations;

/// <summary>
/// Runs the mutations: reads the typed input, turns it into one change set, commits it through the write path as the
/// caller (under the clientMutationId as idempotency key, per caller) and answers with the payload. Whatever the caller
/// can fix — a broken rule, a node named in the input that does not exist, a stale version, a node still in use — is a
/// user error with its input field, message and code; only a caller who is not signed in (UNAUTHENTICATED) or may not
/// make the change (FORBIDDEN) gets a GraphQL error, at this mutation's own path, so every other mutation of the
/// document still reports what it did.
/// </summary>
public sealed class MutationRunner(NetworkWriter writer, NetworkIndex index, INetworkStore store)
{
    /// <summary>Creates a node of the kind, with the links its input names.</summary>
    public async Task<MutationPayload> CreateAsync(IResolveFieldContext context, KindInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var input = Begin<NodeInput>(context);
        var errors = new List<UserError>();
        var node = inputs.New();
        foreach (var (field, value) in input.Fields) node = Apply(field, node, value, errors);
        var set = new ChangeSet();
        var fields = new Dictionary<int, string>();
        var temp = set.Create(node);
        if (node is ServiceRecord served) AddEarning(set, temp, served, context.Snapshot());
        foreach (var (link, raw) in input.Links)
        {
            if (raw is null || NodeId(context, link.Name, raw, link.Kinds, errors) is not { } other) continue;
            fields[set.Operations.Count] = link.Name;
            if (link.NodeIsSource) set.Link(link.Type, temp, other);
            else set.Link(link.Type, other, temp);
        }
        return await CommitAsync(context, set, input.ClientMutationId, errors, fields, r =>
            Current(context).Node(r.IdOf(temp)) is { } created
                ? new MutationPayload(input.ClientMutationId, []) { Node = created }
                : SinceDeleted(input.ClientMutationId, inputs.Kind, r.IdOf(temp)));
    }

    /// <summary>Updates a node of the kind: only the fields given change; link fields move the link.</summary>
    public async Task<MutationPayload> UpdateAsync(IResolveFieldContext context, KindInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var input = Begin<NodeInput>(context);
        var errors = new List<UserError>();
        if (NodeId(context, "id", input.Id, [inputs.Kind], errors) is not { } id) return new MutationPayload(input.ClientMutationId, errors);
        var snapshot = context.Snapshot();
        var current = snapshot.Node(id)!;
        var node = current with { Version = input.Version!.Value };
        foreach (var (field, value) in input.Fields)
        {
            if (value is null && field.RequiredOnCreate) errors.Add(new UserError(field.Name, $"{field.Name} cannot be cleared", HubErrorCodes.BadUserInput));
            else node = Apply(field, node, value, errors);
        }
        var set = new ChangeSet().Update(node);
        var fields = new Dictionary<int, string>();
        foreach (var (link, raw) in input.Links)
        {
            long? wanted = null;
            if (raw is not null)
            {
                if (NodeId(context, link.Name, raw, link.Kinds, errors) is not { } other) continue;
                wanted = other;
            }
            var existing = new List<long>();
            foreach (var e in snapshot.Edges(id, link.NodeIsSource ? Direction.Out : Direction.In, link.Type)) existing.Add(e.OtherId);
            foreach (var other in existing.Where(o => o != wanted))
            {
                fields[set.Operations.Count] = link.Name;
                if (link.NodeIsSource) set.Unlink(link.Type, id, other);
                else set.Unlink(link.Type, other, id);
            }
            if (wanted is { } w && !existing.Contains(w))
            {
                fields[set.Operations.Count] = link.Name;
                if (link.NodeIsSource) set.Link(link.Type, id, w);
                else set.Link(link.Type, w, id);
            }
        }
        return await CommitAsync(context, set, input.ClientMutationId, errors, fields, _ =>
            Current(context).Node(id) is { } updated
                ? new MutationPayload(input.ClientMutationId, []) { Node = updated }
                : SinceDeleted(input.ClientMutationId, inputs.Kind, id));
    }

    /// <summary>Deletes a node of the kind and its links; refused while others depend on it.</summary>
    public async Task<MutationPayload> DeleteAsync(IResolveFieldContext context, NodeKind kind)
    {
        var input = Begin<DeleteInput>(context);
        var errors = new List<UserError>();
        if (input.ClientMutationId is { } clientId && await writer.FindReplayAsync(Key(context, clientId), context.CancellationToken) is not null &&
            GlobalId.TryDecode(input.Id, out var k, out var replayed) && k == kind)
            return new MutationPayload(clientId, []) { DeletedId = GlobalId.Encode(kind, replayed) };
        if (NodeId(context, "id", input.Id, [kind], errors) is not { } id) return new MutationPayload(input.ClientMutationId, errors);
        return await CommitAsync(context, new ChangeSet().Delete(id, input.Version), input.ClientMutationId, errors, [],
            _ => new MutationPayload(input.ClientMutationId, []) { DeletedId = GlobalId.Encode(kind, id) });
    }

    /// <summary>Links two nodes.</summary>
    public async Task<MutationPayload> LinkAsync(IResolveFieldContext context)
    {
        var input = Begin<LinkCreateInput>(context);
        var errors = new List<UserError>();
        var from = NodeId(context, "fromId", input.FromId, [], errors);
        var to = NodeId(context, "toId", input.ToId, [], errors);
        if (from is not { } f || to is not { } t) return new MutationPayload(input.ClientMutationId, errors);
        var set = new ChangeSet();
        var temp = set.Link(input.Type, f, t, input.Since, input.Until, input.Weight, input.Note);
        return await CommitAsync(context, set, input.ClientMutationId, errors, [],
            r => new MutationPayload(input.ClientMutationId, []) { Link = Current(context).Link(r.IdOf(temp)) });
    }

    /// <summary>Removes a link.</summary>
    public async Task<MutationPayload> UnlinkAsync(IResolveFieldContext context)
    {
        var input = Begin<LinkDeleteInput>(context);
        var errors = new List<UserError>();
        var from = NodeId(context, "fromId", input.FromId, [], errors);
        var to = NodeId(context, "toId", input.ToId, [], errors);
        if (from is not { } f || to is not { } t) return new MutationPayload(input.ClientMutationId, errors);
        long? removed = context.Snapshot().FindLink(input.Type, f, t)?.Id;
        var payload = await CommitAsync(context, new ChangeSet().Unlink(input.Type, f, t), input.ClientMutationId, errors, [],
            r => new MutationPayload(input.ClientMutationId, []) { DeletedId = removed is { } d ? GlobalId.EncodeLink(d) : null });
        // A replay answers with the link the first unlink removed, as its change-log entry tells.
        if (payload.DeletedId is null && payload.UserErrors.Count == 0 && input.ClientMutationId is { } clientId &&
            await writer.FindReplayAsync(Key(context, clientId), context.CancellationToken) is { } replay &&
            await store.ReadChangesAsync(replay.Sequence - 1, 1, context.CancellationToken) is { Entries: [(var sequence, { DeletedLinks: [var gone, ..] })] } &&
            sequence == replay.Sequence)
            payload = payload with { DeletedId = GlobalId.EncodeLink(gone) };
        return payload;
    }

    /// <summary>Changes a link's properties.</summary>
    public async Task<MutationPayload> UpdateLinkAsync(IResolveFieldContext context)
    {
        var input = Begin<LinkUpdateInput>(context);
        if (!GlobalId.TryDecodeLink(input.Id, out var id))
            return new MutationPayload(input.ClientMutationId, [new UserError("id", $"'{input.Id}' is not the global id of a link", HubErrorCodes.BadUserInput)]);
        if (context.Snapshot().Link(id) is not { } current || !context.Policy().MaySeeLink(current.FromId, current.Type, current.ToId))
            return new MutationPayload(input.ClientMutationId, [new UserError("id", $"there is no link '{input.Id}'", HubErrorCodes.NotFound)]);
        return await CommitAsync(context, new ChangeSet().UpdateLink(input.Apply(current)), input.ClientMutationId, [], [],
            _ => new MutationPayload(input.ClientMutationId, []) { Link = Current(context).Link(id) });
    }

    /// <summary>Erases an elder's personal data (<see cref="ElderErasure"/>), with its audit entry in the same transaction.</summary>
    public async Task<MutationPayload> EraseElderAsync(IResolveFieldContext context)
    {
        var input = Begin<DeleteInput>(context);
        var errors = new List<UserError>();
        if (NodeId(context, "id", input.Id, [NodeKind.Elder], errors) is not { } id) return new MutationPayload(input.ClientMutationId, errors);
        if (context.Policy().LevelOf(context.Snapshot().Node(id)!) != AccessLevel.Personal)
            throw ResolveFieldContextExtensions.Error(HubErrorCodes.Forbidden, "an elder's data is erased by those who serve the elder (social workers of the community, admins)");
        var (set, fields) = ElderErasure.Plan(context.Snapshot(), id, input.Version, DateTimeOffset.UtcNow);
        var caller = context.Caller();
        var entry = new AuditEntry(0, default, caller.Subject, RoleNames.Describe(caller.Roles), id, NodeKind.Elder, fields, AuditEntry.Erase,
            context.Operation.Name?.StringValue, ((HubUserContext)context.UserContext).RequestId);
        var result = await writer.CommitAsync(set, caller, input.ClientMutationId is { } clientId ? Key(context, clientId) : null, [entry], context.CancellationToken);
        if (!result.Succeeded)
        {
            ThrowIfRefusedToCaller(result.Errors);
            return new MutationPayload(input.ClientMutationId, result.Errors.Select(e => ToUserError(e, [])).ToList());
        }
        // Earlier versions of the erased rows leave no copy in the database's log.
        await store.CheckpointAsync(CancellationToken.None);
        return new MutationPayload(input.ClientMutationId, []) { Node = Current(context).Node(id) };
    }

    /// <summary>
    /// Changes one node of a kind, read at the version the input names, as <paramref name="change"/> says (rate a
    /// referral, withdraw a consent); the write path's rules decide the rest.
    /// </summary>
    public async Task<MutationPayload> ChangeAsync(IResolveFieldContext context, NodeKind kind, Func<Node, VersionedChangeInput, Node> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var input = Begin<VersionedChangeInput>(context);
        var errors = new List<UserError>();
        if (NodeId(context, "id", input.Id, [kind], errors) is not { } id) return new MutationPayload(input.ClientMutationId, errors);
        var node = change(context.Snapshot().Node(id)! with { Version = input.Version }, input);
        return await CommitAsync(context, new ChangeSet().Update(node), input.ClientMutationId, errors, [], _ =>
            Current(context).Node(id) is { } changed
                ? new MutationPayload(input.ClientMutationId, []) { Node = changed }
                : SinceDeleted(input.ClientMutationId, kind, id));
    }

    /// <summary>Takes a step of a referral's lifecycle (<see cref="ReferralCommands"/>), as the caller.</summary>
    public async Task<MutationPayload> StepReferralAsync(IResolveFieldContext context, ReferralAction action)
    {
        var input = Begin<Referrals.ReferralStepInput>(context);
        var errors = new List<UserError>();
        if (NodeId(context, "id", input.Id, [NodeKind.Referral], errors) is not { } id) return new MutationPayload(input.ClientMutationId, errors);
        // A step sent again under its clientMutationId answers as the first did, although the referral has since moved on.
        if (input.ClientMutationId is { } clientId && await writer.FindReplayAsync(Key(context, clientId), context.CancellationToken) is not null)
            return Current(context).Node(id) is { } replayed ? new MutationPayload(clientId, []) { Node = replayed } : SinceDeleted(clientId, NodeKind.Referral, id);
        // A step that is not the caller's to take is refused to them, whatever state the referral is in.
        if (context.Policy().StepRefusal(action, (Referral)context.Snapshot().Node(id)!) is { } notTheirs)
            throw ResolveFieldContextExtensions.Error(HubErrorCodes.Forbidden, notTheirs);
        var (set, refusal) = ReferralCommands.Plan(context.Snapshot(), context.Policy(), id, input.Version, action, input.Reason, input.Outcome);
        if (refusal is not null) return new MutationPayload(input.ClientMutationId, [ToUserError(refusal, [])]);
        var fields = new Dictionary<int, string>();
        if (input.Hours is { } hours)
        {
            // The hours served are logged with the completion, in the same commit: a service record of the helper for the
            // need, and a volunteer's earning on it.
            var referral = (Referral)context.Snapshot().Node(id)!;
            if (context.Snapshot().Node(referral.HelperId) is Resource)
                return new MutationPayload(input.ClientMutationId, [new UserError("hours", "a resource serves no hours; log them for whoever served", HubErrorCodes.BadUserInput)]);
            var served = new ServiceRecord
            {
                Name = "转介服务记录", ServedById = referral.HelperId, ForId = referral.NeedId, Hours = hours,
                Date = input.Date ?? DateOnly.FromDateTime(DateTime.UtcNow),
            };
            fields[set!.Operations.Count] = "hours";
            AddEarning(set, set.Create(served), served, context.Snapshot());
        }
        return await CommitAsync(context, set!, input.ClientMutationId, errors, fields,
            _ => Current(context).Node(id) is { } referral
                ? new MutationPayload(input.ClientMutationId, []) { Node = referral }
                : SinceDeleted(input.ClientMutationId, NodeKind.Referral, id));
    }

    // Hours a volunteer served earn their credits in the same commit: one per hour, rounded to the quarter hour, as far as
    // the operator's cap leaves room (the hours are recorded whatever the bank holds).
    private void AddEarning(ChangeSet set, long record, ServiceRecord served, NetworkSnapshot snapshot)
    {
        if (snapshot.Node(served.ServedById) is not Volunteer volunteer) return;
        var room = writer.TimeBank.Cap - Graph.TimeBank.TimeBankLedger.Balance(snapshot, volunteer.Id);
        var credits = Math.Min(TimeBankEntry.CreditsFor(served.Hours), Math.Floor(room * 4) / 4);
        if (credits <= 0) return;
        set.Create(new TimeBankEntry
        {
            Name = "服务时长存入", EntryKind = TimeBankEntryKind.Earn, ToId = volunteer.Id, Credits = credits, Date = served.Date, ServiceRecordId = record,
        });
    }

    // The typed input; a caller who may not write at all is told so before anything is read.
    private static T Begin<T>(IResolveFieldContext context) where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Caller().IsSignedIn)
            throw ResolveFieldContextExtensions.Error(HubErrorCodes.Unauthenticated, "sign in to change the network");
        if (!context.Policy().MayWrite)
            throw ResolveFieldContextExtensions.Error(HubErrorCodes.Forbidden, $"the role {RoleNames.Describe(context.Caller().Roles)} reads the network and does not change it");
        var input = context.GetArgument<T>("input");
        var clientId = input switch
        {
            NodeInput n => n.ClientMutationId,
            DeleteInput d => d.ClientMutationId,
            LinkCreateInput l => l.ClientMutationId,
            LinkDeleteInput l => l.ClientMutationId,
            LinkUpdateInput l => l.ClientMutationId,
            Referrals.ReferralStepInput r => r.ClientMutationId,
            VersionedChangeInput v => v.ClientMutationId,
            _ => null,
        };
        if (clientId is { Length: > 200 })
            throw ResolveFieldContextExtensions.Error(HubErrorCodes.BadUserInput, "clientMutationId is at most 200 characters");
        return input;
    }

    // Commits, or answers every user error at once: those found reading the input and every other rule the change breaks.
    private async Task<MutationPayload> CommitAsync(IResolveFieldContext context, ChangeSet set, string? clientId, List<UserError> inputErrors,
        Dictionary<int, string> fields, Func<CommitResult, MutationPayload> success)
    {
        if (inputErrors.Count > 0)
        {
            var rules = writer.Check(set, context.Caller());
            ThrowIfRefusedToCaller(rules);
            // A field whose input could not be read is told once: the rules it then breaks follow from that.
            var unread = inputErrors.Select(e => e.Field).ToHashSet();
            var all = new List<UserError>(inputErrors);
            foreach (var e in rules.Select(e => ToUserError(e, fields)))
            {
                if (!unread.Contains(e.Field) && !all.Contains(e)) all.Add(e);
            }
            return new MutationPayload(clientId, all);
        }
        var result = await writer.CommitAsync(set, context.Caller(), clientId is null ? null : Key(context, clientId), context.CancellationToken);
        if (result.Succeeded) return success(result);
        ThrowIfRefusedToCaller(result.Errors);
        return new MutationPayload(clientId, result.Errors.Select(e => ToUserError(e, fields)).ToList());
    }

    private static void ThrowIfRefusedToCaller(IReadOnlyList<ChangeError> errors)
    {
        if (errors.FirstOrDefault(e => e.Code is ChangeErrorCodes.Unauthenticated or ChangeErrorCodes.Forbidden) is { } refusal)
            throw ResolveFieldContextExtensions.Error(refusal.Code, ChangeErrorText.Of(refusal));
    }

    private static UserError ToUserError(ChangeError e, Dictionary<int, string> fields) =>
        new(fields.TryGetValue(e.Operation, out var field) ? field : InputName(e.Field), ChangeErrorText.Of(e), e.Code);

    private static MutationPayload SinceDeleted(string? clientId, NodeKind kind, long id) => new(clientId,
        [new UserError("clientMutationId", $"this clientMutationId was committed before, and the {kind} it wrote ('{GlobalId.Encode(kind, id)}') has since been deleted", HubErrorCodes.NotFound)]);

    /// <summary>The idempotency key: the caller, the mutation and the client's id, so keys of different callers or mutations never meet.</summary>
    private static string Key(IResolveFieldContext context, string clientId) => $"{context.Caller().Subject}:{context.FieldDefinition.Name}:{clientId}";

    private NetworkSnapshot Current(IResolveFieldContext context)
    {
        ((HubUserContext)context.UserContext).Advance(index.Current);
        return context.Snapshot();
    }

    // The validator's names of fields that the inputs name otherwise.
    private static string InputName(string field) => field switch
    {
        "parent" => "parentId",
        "owner" => "ownerId",
        "areaKind" or "organizationKind" or "resourceKind" => "kind",
        _ => field,
    };

    private static Node Apply(InputField field, Node node, object? value, List<UserError> errors)
    {
        try
        {
            return field.Apply(node, value);
        }
        catch (InputValueException e)
        {
            errors.Add(new UserError(e.Field.Length > 0 ? e.Field : field.Name, e.Message, HubErrorCodes.BadUserInput));
            return node;
        }
    }

    /// <summary>
    /// The node a global id of the input names, when it is one of <paramref name="kinds"/> (any kind when empty) and there
    /// is such a node; else a user error of the field (BAD_USER_INPUT for an id that is none, or of another kind; NOT_FOUND
    /// for no such node) and null. A node the caller may not see refuses the mutation (FORBIDDEN).
    /// </summary>
    private static long? NodeId(IResolveFieldContext context, string field, string? raw, NodeKind[] kinds, List<UserError> errors)
    {
        long id;
        NodeKind kind;
        try
        {
            id = InputValues.NodeId(field, raw, kinds);
            GlobalId.TryDecode(raw, out kind, out _);
        }
        catch (InputValueException e)
        {
            errors.Add(new UserError(field, e.Message, HubErrorCodes.BadUserInput));
            return null;
        }
        if (context.Snapshot().Node(id) is not { } node || node.Kind != kind)
        {
            errors.Add(new UserError(field, $"there is no {kind} '{raw}'", HubErrorCodes.NotFound));
            return null;
        }
        // A node the caller may not see is no input they can fix: the mutation is refused to them.
        if (!context.Policy().MaySee(node))
            throw ResolveFieldContextExtensions.Error(HubErrorCodes.Forbidden, $"{field}: this {kind} is not shown to {RoleNames.Describe(context.Caller().Roles)} callers");
        return id;
    }
}
