using GraphQL.Types;
using ResourceHub.Graph.Query;
using ResourceHub.Schema.Mutations;

namespace ResourceHub.Schema.Filters;

/// <summary>Conditions on a text.</summary>
public sealed class TextFilterInputType : InputObjectGraphType
{
    /// <summary>Declares the fields.</summary>
    public TextFilterInputType()
    {
        Name = "TextFilter";
        Description = "Conditions on a text; Latin letters compare without case, Chinese as written (文本条件).";
        Field<StringGraphType>("equals").Description("The whole text equals this (等于).");
        Field<StringGraphType>("contains").Description("The text contains this, e.g. 智能手机 (包含).");
        Field<StringGraphType>("startsWith").Description("The text starts with this (开头为).");
    }

    /// <summary>Reads the input as a <see cref="TextMatch"/>.</summary>
    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new TextMatch { Is = value.ValueOf("equals") as string, Contains = value.ValueOf("contains") as string, StartsWith = value.ValueOf("startsWith") as string };
    }
}
