using GraphQL.Types;

namespace ResourceHub.Schema.Filters;

/// <summary>Ascending or descending.</summary>
public sealed class OrderDirectionType : EnumerationGraphType<OrderDirection>
{
    /// <summary>Declares the enum.</summary>
    public OrderDirectionType()
    {
        Name = "OrderDirection";
        Description = "ASC smallest first, DESC largest first (升序/降序).";
    }
}
