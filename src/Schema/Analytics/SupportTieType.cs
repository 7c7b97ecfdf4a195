using GraphQL.Types;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Common;
using ResourceHub.Schema.Relay;

namespace ResourceHub.Schema.Analytics;

/// <summary>A tie of a support network.</summary>
public sealed class SupportTieType : ObjectGraphType<SupportTie>
{
    /// <summary>Declares the fields.</summary>
    public SupportTieType()
    {
        Name = "SupportTie";
        Description = "A tie between two nodes of a support network, with the types of link that make it (关系).";
        Field<NonNullGraphType<IdGraphType>>("from").Description("Global id of one end (一端).").Resolve(c => GlobalId.Encode(c.Snapshot().Node(c.Source.FromId)!));
        Field<NonNullGraphType<IdGraphType>>("to").Description("Global id of the other end (另一端).").Resolve(c => GlobalId.Encode(c.Snapshot().Node(c.Source.ToId)!));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DescribedEnumType<LinkType>>>>>("types").Description("The types of link between them, either way (关系类型).").Resolve(c => c.Source.Types);
    }
}
