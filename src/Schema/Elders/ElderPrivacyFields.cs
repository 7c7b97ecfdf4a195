using System.Text.Encodings.Web;
using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using ResourceHub.Graph.Access;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Persistence;
using ResourceHub.Graph.Privacy;
using ResourceHub.Schema.Mutations;
using ResourceHub.Schema.Relay;

namespace ResourceHub.Schema.Elders;

/// <summary>
/// An elder's rights under PIPL, for those who serve the elder: their record exported on request (JSON), and their
/// personal data erased on request, the de-identified record kept. Both are written to the audit log.
/// </summary>
public static class ElderPrivacyFields
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true };

    /// <summary>Adds <c>exportElder(id)</c>.</summary>
    public static void AddElderExport(this ObjectGraphType query, AuditLog audit)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(audit);
        query.Field<StringGraphType>("exportElder")
            .Description("An elder's whole record as JSON, on the elder's request (个人信息查阅复制): the elder, their links, needs and the records naming them. For those who serve the elder; audited as an export.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Global id of the elder (老年人).")
            .ResolveAsync(async c =>
            {
                var raw = c.GetArgument<string>("id");
                if (!GlobalId.TryDecode(raw, out var kind, out var id) || kind != NodeKind.Elder)
                    throw ResolveFieldContextExtensions.Error(HubErrorCodes.BadUserInput, $"id: '{raw}' is not the global id of an Elder");
                var policy = c.Policy();
                if (c.Snapshot().Node<Elder>(id) is not { } elder) throw ResolveFieldContextExtensions.Error(HubErrorCodes.NotFound, $"id: there is no Elder '{raw}'");
                if (policy.LevelOf(elder) != AccessLevel.Personal)
                    throw ResolveFieldContextExtensions.Error(HubErrorCodes.Forbidden, "an elder's record is exported by those who serve the elder (social workers of the community, admins)");
                var record = ElderRecord.Of(c.Snapshot(), id)!;
                var hub = (HubUserContext)c.UserContext;
                var fields = PersonalFields.Of(NodeKind.Elder).ToArray().Select(f => f.Name).ToList();
                await audit.AppendAsync(c.Caller(), [(id, NodeKind.Elder, fields), .. record.Needs.Select(n => (n.Id, NodeKind.Need, (IReadOnlyList<string>)["name", "description", "point", "situations"]))],
                    AuditEntry.Export, c.Operation.Name?.StringValue, hub.RequestId, CancellationToken.None);
                return JsonSerializer.Serialize(Document(record, c.Caller()), Json);
            });
    }

    /// <summary>Adds <c>eraseElder(input)</c>.</summary>
    public static void AddElderErasure(this ObjectGraphType mutation, MutationRunner runner)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        ArgumentNullException.ThrowIfNull(runner);
        mutation.Field<NodePayloadType<ElderType>>("eraseElder")
            .Description("Erases an elder's personal data on request (个人信息删除): name, contact, address, point, notes, interests and memberships go, as do the text of their needs and the reasons in their referrals; the de-identified record stays for the area's figures. By those who serve the elder; audited in the same transaction.")
            .Argument<NonNullGraphType<EraseElderInputType>>("input", "Which elder, with the version read (老年人).")
            .ResolveAsync(async c => await runner.EraseElderAsync(c));
    }

    private static object Document(ElderRecord record, Caller caller)
    {
        var e = record.Elder;
        return new
        {
            exportedFor = caller.Subject,
            elder = new
            {
                id = GlobalId.Encode(e),
                name = e.Name,
                ageBand = e.AgeBand.ToString().ToConstantCase(),
                living = e.Living.ToString().ToConstantCase(),
                mobility = e.Mobility.ToString().ToConstantCase(),
                situations = e.Situations,
                interests = e.Interests,
                phone = e.Phone,
                address = e.Address,
                point = e.Point is { } p ? new { lat = p.Lat, lon = p.Lon } : null,
                description = e.Description,
                healthNotes = e.HealthNotes,
                isDemo = e.IsDemo,
                createdAt = e.CreatedAt,
                updatedAt = e.UpdatedAt,
                erasedAt = e.ErasedAt,
            },
            links = record.Links.Select(l => new
            {
                type = l.Link.Type.ToString().ToConstantCase(),
                direction = l.Direction.ToString().ToConstantCase(),
                node = new { id = GlobalId.Encode(l.Other), kind = l.Other.Kind.ToString(), name = l.Other is Need or Elder ? null : l.Other.Name },
                since = l.Link.Since,
                until = l.Link.Until,
            }),
            needs = record.Needs.Select(n => new
            {
                id = GlobalId.Encode(n),
                name = n.Name,
                description = n.Description,
                categories = n.Categories,
                situations = n.Situations,
                mode = n.Mode.ToString().ToConstantCase(),
                status = n.Status.ToString().ToConstantCase(),
                createdAt = n.CreatedAt,
            }),
            records = record.Records.Select(r => r switch
            {
                Referral x => (object)new { id = GlobalId.Encode(x), kind = "Referral", status = x.Status.ToString().ToConstantCase(), need = GlobalId.Encode(NodeKind.Need, x.NeedId), createdAt = x.CreatedAt },
                ServiceRecord x => new { id = GlobalId.Encode(x), kind = "ServiceRecord", date = x.Date, hours = x.Hours, rating = x.Rating },
                Consent x => new { id = GlobalId.Encode(x), kind = "Consent", purpose = x.Purpose, scope = x.Scope, givenAt = x.GivenAt, withdrawnAt = x.WithdrawnAt },
                _ => new { id = GlobalId.Encode(r), kind = r.Kind.ToString() },
            }),
        };
    }
}
