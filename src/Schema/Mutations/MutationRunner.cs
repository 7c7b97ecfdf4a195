using GraphQL;
using ResourceHub.Graph.Access;
using ResourceHub.Graph.Changes;
using ResourceHub.Graph.Index;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Persistence;
using ResourceHub.Schema.Relay;

namespace ResourceHub.Schema.Mutations;

/// <summary>
/// Runs the mutations: turns an input into one change set, commits it through the write path (under the
/// clientMutationId as idempotency key), and answers with the payload. Broken rules come back as user errors;
/// a stale version (CONFLICT), a missing node (NOT_FOUND), a bad id (BAD_USER_INPUT) or a caller who may not
/// write (UNAUTHENTICATED) are GraphQL errors.
/// </summary>
public sealed class MutationRunner(NetworkWriter writer, NetworkIndex index, NetworkStore store)
{
    /// <summary>Creates a node of the kind, with the links its input names.</summary>
    public async Task<MutationPayload> CreateAsync(IResolveFieldContext context, KindInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var (input, clientId) = Begin(context);
        var errors = new List<UserError>();
        var node = inputs.New();
        foreach (var f in inputs.Fields.Where(f => input.ContainsKey(f.Name))) node = Apply(f, node, input[f.Name], errors);
        var set = new ChangeSet();
        var fields = new Dictionary<int, string>();
        var temp = set.Create(node);
        foreach (var l in inputs.Links)
        {
            if (input.GetValueOrDefault(l.Name) is not { } raw) continue;
            if (!TryNodeId(l.Name, raw, l.Kinds, errors, out var other)) continue;
            fields[set.Operations.Count] = l.Name;
            if (l.NodeIsSource) set.Link(l.Type, temp, other);
            else set.Link(l.Type, other, temp);
        }
        if (errors.Count > 0) return new MutationPayload(clientId, WithRuleErrors(context, errors, set, fields));
        var result = await CommitAsync(context, set, clientId);
        return Finish(context, result, clientId, fields, r => new MutationPayload(clientId, []) { Node = Current(context).Node(r.IdOf(temp)) });
    }

    /// <summary>Updates a node of the kind: only the fields given change; link fields move the link.</summary>
    public async Task<MutationPayload> UpdateAsync(IResolveFieldContext context, KindInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var (input, clientId) = Begin(context);
        var id = DecodeId(input["id"], inputs.Kind);
        var snapshot = context.Snapshot();
        var current = snapshot.Node(id) is { } found && found.Kind == inputs.Kind
            ? found
            : throw ResolveFieldContextExtensions.Error(HubErrorCodes.NotFound, $"there is no {inputs.Kind} with id '{input["id"]}'");
        var errors = new List<UserError>();
        var node = current with { Version = Convert.ToInt32(input["version"], System.Globalization.CultureInfo.InvariantCulture) };
        foreach (var f in inputs.Fields.Where(f => input.ContainsKey(f.Name)))
        {
            if (input[f.Name] is null && f.RequiredOnCreate) errors.Add(new UserError(f.Name, $"{f.Name} cannot be cleared", HubErrorCodes.BadUserInput));
            else node = Apply(f, node, input[f.Name], errors);
        }
        var set = new ChangeSet().Update(node);
        var fields = new Dictionary<int, string>();
        foreach (var l in inputs.Links.Where(l => input.ContainsKey(l.Name)))
        {
            long? wanted = null;
            if (input[l.Name] is { } raw)
            {
                if (!TryNodeId(l.Name, raw, l.Kinds, errors, out var other)) continue;
                wanted = other;
            }
            var dir = l.NodeIsSource ? Direction.Out : Direction.In;
            var existing = new List<long>();
            foreach (var e in snapshot.Edges(id, dir, l.Type)) existing.Add(e.OtherId);
            foreach (var other in existing.Where(o => o != wanted))
            {
                fields[set.Operations.Count] = l.Name;
                if (l.NodeIsSource) set.Unlink(l.Type, id, other);
                else set.Unlink(l.Type, other, id);
            }
            if (wanted is { } w && !existing.Contains(w))
            {
                fields[set.Operations.Count] = l.Name;
                if (l.NodeIsSource) set.Link(l.Type, id, w);
                else set.Link(l.Type, w, id);
            }
        }
        if (errors.Count > 0) return new MutationPayload(clientId, WithRuleErrors(context, errors, set, fields));
        var result = await CommitAsync(context, set, clientId);
        return Finish(context, result, clientId, fields, _ => new MutationPayload(clientId, []) { Node = Current(context).Node(id) });
    }

    /// <summary>Deletes a node of the kind and its links.</summary>
    public async Task<MutationPayload> DeleteAsync(IResolveFieldContext context, NodeKind kind)
    {
        var (input, clientId) = Begin(context);
        var id = DecodeId(input["id"], kind);
        if (clientId is not null && await writer.FindReplayAsync(Key(context, clientId), context.CancellationToken) is not null)
            return new MutationPayload(clientId, []) { DeletedId = GlobalId.Encode(kind, id) };
        if (context.Snapshot().Node(id) is not { } node || node.Kind != kind)
            throw ResolveFieldContextExtensions.Error(HubErrorCodes.NotFound, $"there is no {kind} with id '{input["id"]}'");
        var set = new ChangeSet().Delete(id, Convert.ToInt32(input["version"], System.Globalization.CultureInfo.InvariantCulture));
        var result = await CommitAsync(context, set, clientId);
        // Every error of a delete is about the node named by id.
        return Finish(context, result, clientId, new Dictionary<int, string> { [0] = "id" }, _ => new MutationPayload(clientId, []) { DeletedId = GlobalId.Encode(kind, id) });
    }

    /// <summary>Links two nodes.</summary>
    public async Task<MutationPayload> LinkAsync(IResolveFieldContext context)
    {
        var (input, clientId) = Begin(context);
        var errors = new List<UserError>();
        TryNodeId("fromId", input["fromId"], [], errors, out var from);
        TryNodeId("toId", input["toId"], [], errors, out var to);
        if (errors.Count > 0) return new MutationPayload(clientId, errors);
        EnsureKinds(context, input, ("fromId", from), ("toId", to));
        var set = new ChangeSet();
        var temp = set.Link((LinkType)input["type"]!, from, to, input.GetValueOrDefault("since") as DateOnly?, input.GetValueOrDefault("until") as DateOnly?,
            input.GetValueOrDefault("weight") is { } w ? InputValues.Double(w) : null, input.GetValueOrDefault("note") as string);
        var result = await CommitAsync(context, set, clientId);
        return Finish(context, result, clientId, [], r => new MutationPayload(clientId, []) { Link = Current(context).Link(r.IdOf(temp)) });
    }

    /// <summary>Removes a link.</summary>
    public async Task<MutationPayload> UnlinkAsync(IResolveFieldContext context)
    {
        var (input, clientId) = Begin(context);
        var errors = new List<UserError>();
        TryNodeId("fromId", input["fromId"], [], errors, out var from);
        TryNodeId("toId", input["toId"], [], errors, out var to);
        if (errors.Count > 0) return new MutationPayload(clientId, errors);
        EnsureKinds(context, input, ("fromId", from), ("toId", to));
        var type = (LinkType)input["type"]!;
        var link = context.Snapshot().FindLink(type, from, to);
        var result = await CommitAsync(context, new ChangeSet().Unlink(type, from, to), clientId);
        long? deleted = link?.Id;
        if (result is { Replayed: true } && await store.ReadChangeAsync(result.Sequence, context.CancellationToken) is { DeletedLinks: [var gone, ..] }) deleted = gone;
        return Finish(context, result, clientId, [], _ => new MutationPayload(clientId, []) { DeletedId = deleted is { } d ? GlobalId.EncodeLink(d) : null });
    }

    /// <summary>Changes a link's properties.</summary>
    public async Task<MutationPayload> UpdateLinkAsync(IResolveFieldContext context)
    {
        var (input, clientId) = Begin(context);
        var raw = input["id"] as string;
        if (!GlobalId.TryDecodeLink(raw, out var id))
            throw ResolveFieldContextExtensions.Error(HubErrorCodes.BadUserInput, $"'{raw}' is not the global id of a link");
        var current = context.Snapshot().Link(id) ?? throw ResolveFieldContextExtensions.Error(HubErrorCodes.NotFound, $"there is no link '{raw}'");
        var link = current with
        {
            Version = Convert.ToInt32(input["version"], System.Globalization.CultureInfo.InvariantCulture),
            Since = input.TryGetValue("since", out var since) ? since as DateOnly? : current.Since,
            Until = input.TryGetValue("until", out var until) ? until as DateOnly? : current.Until,
            Weight = input.TryGetValue("weight", out var weight) ? (weight is null ? null : InputValues.Double(weight)) : current.Weight,
            Note = input.TryGetValue("note", out var note) ? note as string : current.Note,
        };
        var result = await CommitAsync(context, new ChangeSet().UpdateLink(link), clientId);
        return Finish(context, result, clientId, [], _ => new MutationPayload(clientId, []) { Link = Current(context).Link(id) });
    }

    private static (Dictionary<string, object?> Input, string? ClientId) Begin(IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Caller().IsSignedIn)
            throw ResolveFieldContextExtensions.Error(HubErrorCodes.Unauthenticated, "sign in to change the network");
        if (!context.Policy().MayWrite)
            throw ResolveFieldContextExtensions.Error(HubErrorCodes.Forbidden, $"the role {RoleNames.Describe(context.Caller().Roles)} reads the network and does not change it");
        var input = context.GetArgument<Dictionary<string, object?>>("input");
        var clientId = input.GetValueOrDefault("clientMutationId") as string;
        if (clientId is { Length: > 200 })
            throw ResolveFieldContextExtensions.Error(HubErrorCodes.BadUserInput, "clientMutationId is at most 200 characters");
        return (input, clientId);
    }

    private Task<CommitResult> CommitAsync(IResolveFieldContext context, ChangeSet set, string? clientId) =>
        writer.CommitAsync(set, context.Caller(), clientId is null ? null : Key(context, clientId), context.CancellationToken);

    /// <summary>The idempotency key: the caller, the mutation and the client's id, so keys of different callers or mutations never meet.</summary>
    private static string Key(IResolveFieldContext context, string clientId) => $"{context.Caller().Subject}:{context.FieldDefinition.Name}:{clientId}";

    private NetworkSnapshot Current(IResolveFieldContext context)
    {
        ((HubUserContext)context.UserContext).Advance(index.Current);
        return context.Snapshot();
    }

    private static MutationPayload Finish(IResolveFieldContext context, CommitResult result, string? clientId, Dictionary<int, string> fields,
        Func<CommitResult, MutationPayload> success)
    {
        if (result.Succeeded) return success(result);
        if (result.Errors.FirstOrDefault(e => e.Code is ChangeErrorCodes.Conflict or ChangeErrorCodes.NotFound or ChangeErrorCodes.Forbidden or ChangeErrorCodes.Unauthenticated) is { } fatal)
            throw ResolveFieldContextExtensions.Error(fatal.Code, fatal.Operation >= 0 && fields.TryGetValue(fatal.Operation, out var f) ? $"{f}: {fatal.Message}" : fatal.Message);
        _ = context;
        return new MutationPayload(clientId, result.Errors
            .Select(e => new UserError(fields.TryGetValue(e.Operation, out var field) ? field : InputName(e.Field), e.Message, e.Code)).ToList());
    }

    /// <summary>The input errors found while reading, and every rule the rest of the input breaks, so one answer names all that is wrong.</summary>
    private List<UserError> WithRuleErrors(IResolveFieldContext context, List<UserError> inputErrors, ChangeSet set, Dictionary<int, string> fields)
    {
        var result = new List<UserError>(inputErrors);
        foreach (var e in writer.Check(set, context.Caller()).Where(e => e.Code == ChangeErrorCodes.BadUserInput))
        {
            var field = fields.TryGetValue(e.Operation, out var f) ? f : InputName(e.Field);
            if (!result.Any(r => r.Field == field && r.Message == e.Message)) result.Add(new UserError(field, e.Message, e.Code));
        }
        return result;
    }

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

    private static bool TryNodeId(string field, object? raw, NodeKind[] kinds, List<UserError> errors, out long id)
    {
        try
        {
            id = InputValues.NodeId(field, raw, kinds);
            return true;
        }
        catch (InputValueException e)
        {
            errors.Add(new UserError(field, e.Message, HubErrorCodes.BadUserInput));
            id = 0;
            return false;
        }
    }

    /// <summary>An id names a node of the kind it says, or there is no such node (NOT_FOUND).</summary>
    private static void EnsureKinds(IResolveFieldContext context, Dictionary<string, object?> input, params (string Field, long Id)[] ids)
    {
        foreach (var (field, id) in ids)
        {
            GlobalId.TryDecode(input[field] as string, out var kind, out _);
            if (context.Snapshot().Node(id) is { } node && node.Kind != kind)
                throw ResolveFieldContextExtensions.Error(HubErrorCodes.NotFound, $"{field}: there is no {kind} with id '{input[field]}'");
        }
    }

    private static long DecodeId(object? raw, NodeKind kind)
    {
        var text = raw as string;
        return GlobalId.TryDecode(text, out var k, out var id) && k == kind
            ? id
            : throw ResolveFieldContextExtensions.Error(HubErrorCodes.BadUserInput, $"'{text}' is not the global id of a {kind}");
    }
}
