using GraphQL.Types;
using ResourceHub.Graph.Model;
using ResourceHub.Schema.Common;

namespace ResourceHub.Schema.Relay;

/// <summary>A link and its properties.</summary>
public sealed class LinkInfoType : ObjectGraphType<Link>
{
    /// <summary>Declares the fields.</summary>
    public LinkInfoType()
    {
        Name = "Link";
        Description = "A typed link between two nodes, with its properties (关系).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Opaque id of the link (关系标识).").Resolve(c => GlobalId.EncodeLink(c.Source.Id));
        Field<NonNullGraphType<DescribedEnumType<LinkType>>>("type").Description("The link type (关系类型).").Resolve(c => c.Source.Type);
        Field<NonNullGraphType<IdGraphType>>("fromId").Description("Global id of the source node (起点).").Resolve(c => GlobalId.Encode(c.Snapshot().Node(c.Source.FromId)!));
        Field<NonNullGraphType<IdGraphType>>("toId").Description("Global id of the target node (终点).").Resolve(c => GlobalId.Encode(c.Snapshot().Node(c.Source.ToId)!));
        Field<DateOnlyGraphType>("since").Description("Since when it holds (起始日期).").Resolve(c => c.Source.Since);
        Field<DateOnlyGraphType>("until").Description("Until when it holds (结束日期).").Resolve(c => c.Source.Until);
        Field<FloatGraphType>("weight").Description("Strength, 0 to 1 (强度).").Resolve(c => c.Source.Weight);
        Field<StringGraphType>("note").Description("A short note (备注).").Resolve(c => c.Source.Note);
        Field<NonNullGraphType<IntGraphType>>("version").Description("Version; send it back to update (版本).").Resolve(c => c.Source.Version);
    }
}
