using GraphQL.Types;

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
}
