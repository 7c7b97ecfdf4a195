using GraphQL.Types;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Common;

namespace ResourceHub.Schema.Consents;

/// <summary>An elder's consent.</summary>
public sealed class ConsentType : NodeType<Consent>
{
    /// <summary>Declares the fields.</summary>
    public ConsentType() : base("Consent", "An elder's separate consent to share personal data for a purpose, withdrawable (知情同意).", located: false)
    {
        Field<NonNullGraphType<StringGraphType>>("purpose").Description("What for (目的).").Resolve(c => c.Source.Purpose);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("scope").Description("Which data may be shared (共享范围).").Resolve(c => c.Source.Scope);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("givenAt").Description("When it was given (同意时间).").Resolve(c => c.Source.GivenAt);
        Field<DateTimeOffsetGraphType>("withdrawnAt").Description("When it was withdrawn (撤回时间).").Resolve(c => c.Source.WithdrawnAt);
    }
}
