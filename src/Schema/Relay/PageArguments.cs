using GraphQL.Builders;
using GraphQL.Types;

namespace ResourceHub.Schema.Relay;

/// <summary>Adds the Relay pagination arguments to a connection field.</summary>
public static class PageArguments
{
    /// <summary>first, after, last, before.</summary>
    public static FieldBuilder<TSource, object> PageArgs<TSource>(this FieldBuilder<TSource, object> field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field
            .Argument<IntGraphType>("first", $"The first N items after 'after', at most {PageRequest.MaxPageSize}; {PageRequest.DefaultPageSize} when neither first nor last is given (前N条).")
            .Argument<StringGraphType>("after", "A cursor: items after it (之后).")
            .Argument<IntGraphType>("last", $"The last N items before 'before', at most {PageRequest.MaxPageSize} (后N条).")
            .Argument<StringGraphType>("before", "A cursor: items before it (之前).");
    }
}
