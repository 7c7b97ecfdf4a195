namespace ResourceHub.Graph.Export;

/// <summary>What an export column holds; GraphML declares its keys with these types.</summary>
public enum ExportValueType
{
    /// <summary>Text (GraphML <c>string</c>).</summary>
    Text = 1,
    /// <summary>A whole number (GraphML <c>long</c>).</summary>
    Integer = 2,
    /// <summary>A number with a fraction (GraphML <c>double</c>).</summary>
    Number = 3,
    /// <summary>True or false (GraphML <c>boolean</c>).</summary>
    Boolean = 4,
    /// <summary>A list of codes: a JSON array; in CSV and GraphML one text, the codes joined with <c>;</c>.</summary>
    List = 5,
}
