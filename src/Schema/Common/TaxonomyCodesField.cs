using GraphQL.Builders;
using GraphQL.Types;
using ResourceHub.Graph.Model;

namespace ResourceHub.Schema.Common;

/// <summary>Declares list fields of taxonomy codes and weekly schedules the same way on every type.</summary>
public static class TaxonomyCodesField
{
    /// <summary>A non-null list of taxonomy codes.</summary>
    public static FieldBuilder<T, object> Codes<T>(this ObjectGraphType<T> type, string name, string description, Func<T, IReadOnlyList<string>> get)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>(name).Description(description).Resolve(c => get(c.Source));
    }

    /// <summary>A weekly schedule as text like "Mon-Fri 09-12".</summary>
    public static FieldBuilder<T, object> Schedule<T>(this ObjectGraphType<T> type, string name, string description, Func<T, WeeklySchedule> get)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.Field<NonNullGraphType<StringGraphType>>(name).Description(description + " Text like \"Mon-Fri 09-12, Sat 14-17\"; empty means none.")
            .Resolve(c => get(c.Source).ToString());
    }
}
