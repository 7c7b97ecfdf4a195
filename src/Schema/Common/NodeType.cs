using GraphQL.Builders;
using GraphQL.Types;
using ResourceHub.Graph.Access;
using ResourceHub.Graph.Model;
using ResourceHub.Graph.Query;
using ResourceHub.Schema.Access;
using ResourceHub.Schema.Areas;
using ResourceHub.Schema.Relay;

namespace ResourceHub.Schema.Common;

/// <summary>The fields every node type shares: global id, name, description, demo flag, version and timestamps.</summary>
public abstract class NodeType<T> : ObjectGraphType<T> where T : Node
{
    /// <summary>Declares the shared fields; <paramref name="located"/> adds the home area and point.</summary>
    protected NodeType(string name, string description, bool located)
    {
        Name = name;
        Description = description;
        Interface<NodeInterface>();
        IsTypeOf = o => o is T;
        Field<NonNullGraphType<IdGraphType>>("id").Description("Opaque global id (全局标识).").Resolve(c => GlobalId.Encode(c.Source));
        Field<NonNullGraphType<StringGraphType>>("name").Description(NameDescription).Resolve(c => c.Source.Name).PersonalIf(NameField);
        Field<StringGraphType>("description").Description(DescriptionDescription).Resolve(c => c.Source.Description).PersonalIf(DescriptionField);
        Field<NonNullGraphType<BooleanGraphType>>("isDemo").Description("True for illustrative demo data, not a real record (演示数据).").Resolve(c => c.Source.IsDemo);
        Field<NonNullGraphType<IntGraphType>>("version").Description("Version, raised by every change; send it back to update (版本).").Resolve(c => c.Source.Version);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Description("When it was created (创建时间).").Resolve(c => c.Source.CreatedAt);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("updatedAt").Description("When it last changed (更新时间).").Resolve(c => c.Source.UpdatedAt);
        Field<NonNullGraphType<LinkConnectionType>>("links")
            .Description("The nodes linked to this one, with each link's type and properties, in both directions (关联关系).")
            .Argument<DescribedEnumType<Direction>>("direction", "OUT: links from this node; IN: links to it; both when absent (方向).")
            .Argument<ListGraphType<NonNullGraphType<DescribedEnumType<LinkType>>>>("types", "Only links of these types; all when absent (关系类型).")
            .PageArgs()
            .Resolve(c => LinkLists.Resolve(c, c.Source.Id));
        if (!located) return;
        Field<AreaType>("area").Description("Home area (所在区域).").Resolve(c => NodeFacets.HomeArea(c.Snapshot(), c.Source.Id));
        Field<GeoPointType>("point").Description(PointDescription).Resolve(c => c.Source.Point).PersonalIf(PointField);
    }

    /// <summary>The description of the description field.</summary>
    protected virtual string DescriptionDescription => "Free text describing it (描述).";

    /// <summary>The description of the point field.</summary>
    protected virtual string PointDescription => "Where it is (位置), WGS-84.";

    /// <summary>The description of the name field.</summary>
    protected virtual string NameDescription => "Name (名称).";

    /// <summary>The personal field the name is for this kind, if it is one.</summary>
    protected virtual PersonalField? NameField => null;

    /// <summary>The personal field the description is for this kind, if it is one.</summary>
    protected virtual PersonalField? DescriptionField => null;

    /// <summary>The personal field the point is for this kind, if it is one.</summary>
    protected virtual PersonalField? PointField => null;
}

/// <summary>Declares personal fields that only some kinds have.</summary>
internal static class PersonalIfExtensions
{
    public static FieldBuilder<TSource, TReturn> PersonalIf<TSource, TReturn>(this FieldBuilder<TSource, TReturn> builder, PersonalField? field) =>
        field is null ? builder : builder.Personal(field);
}
