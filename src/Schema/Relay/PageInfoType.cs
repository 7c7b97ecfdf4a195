using GraphQL.Types;

namespace ResourceHub.Schema.Relay;

/// <summary>Relay page info.</summary>
public sealed class PageInfoType : ObjectGraphType<PageInfoType.Info>
{
    /// <summary>Declares the fields.</summary>
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Where a page stands in its list (分页信息).";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Description("Items exist after this page (有下一页).").Resolve(c => c.Source.HasNextPage);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage").Description("Items exist before this page (有上一页).").Resolve(c => c.Source.HasPreviousPage);
        Field<StringGraphType>("startCursor").Description("Cursor of the first edge (首条游标).").Resolve(c => c.Source.StartCursor);
        Field<StringGraphType>("endCursor").Description("Cursor of the last edge (末条游标).").Resolve(c => c.Source.EndCursor);
    }

    /// <summary>The values of a page info.</summary>
    public sealed record Info(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
}
