using GraphQL.Types;
using ResourceHub.Schema.Common;

namespace ResourceHub.Schema.Filters;

/// <summary>
/// The filter of one kind's list: every condition given must hold; and/or/not combine filters. Conditions are
/// evaluated on each node as the caller sees it, so a condition on a field the caller may not see tells nothing.
/// </summary>
public abstract class NodeFilterInputType<TSelf> : InputObjectGraphType where TSelf : NodeFilterInputType<TSelf>
{
    /// <summary>Declares the shared conditions.</summary>
    protected NodeFilterInputType(string kind, string zh)
    {
        Name = kind + "Filter";
        Description = $"Which {kind} nodes to keep: every condition given must hold (筛选{zh}).";
        Field<TextFilterInputType>("name").Description("The name matches (名称).");
        Field<IdGraphType>("withinArea").Description("Located in this area (global id) or any area below it (所在区域及下级).");
        Field<StringGraphType>("withinAreaCode").Description("Located in the area with this statistical code, or below it, e.g. 430112001 (按区划代码).");
        Field<StringGraphType>("offersService").Description("Offers or asks this service code or one below it, e.g. culture.performance (服务类别).");
        Field<StringGraphType>("forSituation").Description("Is for this situation code, e.g. disabled; helpers that list no situation serve everyone (服务对象).");
        Field<NearInputType>("near").Description("Within a distance of a point (附近).");
        Field<LinkedToInputType>("linkedTo").Description("Has a link to or from a node (关联).");
        Field<ListGraphType<NonNullGraphType<TSelf>>>("and").Description("All of these hold (且).");
        Field<ListGraphType<NonNullGraphType<TSelf>>>("or").Description("At least one of these holds (或).");
        Field<TSelf>("not").Description("This does not hold (非).");
    }

    /// <summary>Reads the input as a <see cref="FilterInput"/>.</summary>
    public override object ParseDictionary(IDictionary<string, object?> value) => FilterInput.Read(value);

    /// <summary>Adds <c>kindIn</c> for a kind that has kinds of its own.</summary>
    protected void KindIn<TEnum>(string description) where TEnum : Enum =>
        Field<ListGraphType<NonNullGraphType<DescribedEnumType<TEnum>>>>("kindIn").Description(description);
}
