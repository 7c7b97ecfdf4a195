using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using ResourceHub.Graph.Access;

namespace ResourceHub.Schema.Access;

/// <summary>Declares a GraphQL field as showing a personal field of the network, so <see cref="AccessMiddleware"/> enforces its rule.</summary>
public static class PersonalFieldExtensions
{
    internal const string MetadataKey = "ResourceHub.PersonalField";

    /// <summary>This field shows <paramref name="field"/>: callers below its level get it masked, or null with a FORBIDDEN error at its path.</summary>
    public static FieldBuilder<TSource, TReturn> Personal<TSource, TReturn>(this FieldBuilder<TSource, TReturn> builder, PersonalField field)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(field);
        builder.FieldType.WithMetadata(MetadataKey, field);
        return builder;
    }

    /// <summary>The personal field a GraphQL field shows, or null.</summary>
    public static PersonalField? PersonalField(this IFieldType field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.GetMetadata<PersonalField?>(MetadataKey);
    }
}
