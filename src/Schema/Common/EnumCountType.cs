using GraphQL.Types;

namespace ResourceHub.Schema.Common;

/// <summary>How many of something fall under one value of an enum: the value and the count.</summary>
public abstract class EnumCountType<T> : ObjectGraphType<KeyValuePair<T, int>> where T : Enum
{
    /// <summary>Declares the fields: <paramref name="field"/> for the value, and count.</summary>
    protected EnumCountType(string name, string description, string field, string fieldDescription)
    {
        Name = name;
        Description = description;
        Field<NonNullGraphType<DescribedEnumType<T>>>(field).Description(fieldDescription).Resolve(c => c.Source.Key);
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many (数量).").Resolve(c => c.Source.Value);
    }
}
