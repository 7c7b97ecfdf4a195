using GraphQL.Types;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Mutations;

namespace ResourceHub.Schema.Consents;

/// <summary>What the mutations of Consent may write.</summary>
public sealed class ConsentInputs : KindInputs
{
    /// <summary>Declares the fields.</summary>
    public ConsentInputs() : base(NodeKind.Consent, "知情同意", located: false)
    {
        Add<IdGraphType>("elderId", "Global id of the elder (老年人).", required: true, (n, v) => ((Consent)n) with { ElderId = InputValues.NodeId("elderId", v, NodeKind.Elder) });
        Add<StringGraphType>("purpose", "What for (目的).", required: true, (n, v) => ((Consent)n) with { Purpose = (v as string ?? "").Trim() });
        Add<ListGraphType<NonNullGraphType<StringGraphType>>>("scope", "Which data may be shared: name, phone, address, mobility, health … (共享范围).", required: true, (n, v) => ((Consent)n) with { Scope = InputValues.Strings(v) });
        Add<IdGraphType>("recipientId", "Global id of the recipient: organization, social worker or volunteer (接收方).", required: false,
            (n, v) => ((Consent)n) with { RecipientId = v is null ? null : InputValues.NodeId("recipientId", v, NodeKind.Organization, NodeKind.SocialWorker, NodeKind.Volunteer) });
        Add<DateTimeOffsetGraphType>("givenAt", "When it was given (同意时间).", required: true, (n, v) => ((Consent)n) with { GivenAt = v is DateTimeOffset d ? d : default });
        Add<DateTimeOffsetGraphType>("withdrawnAt", "When it was withdrawn (撤回时间).", required: false, (n, v) => ((Consent)n) with { WithdrawnAt = v as DateTimeOffset? });
    }

    /// <inheritdoc />
    public override Node New() => new Consent();
}
