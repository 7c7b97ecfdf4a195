namespace ResourceHub.Graph.Export;

/// <summary>
/// One column of an export: a field of a node or a link under one name in every format (a CSV column, a JSON property,
/// a GraphML key, a GeoJSON property), with its type, a Chinese label and what it means.
/// </summary>
/// <typeparam name="T">What the column is read from: a node or a link.</typeparam>
public sealed class ExportColumn<T>
{
    private readonly Func<T, ExportScope, object?> _read;

    internal ExportColumn(string name, ExportValueType type, string zh, string description, Func<T, ExportScope, object?> read)
    {
        Name = name;
        Type = type;
        Zh = zh;
        Description = description;
        _read = read;
    }

    /// <summary>The column's name: <c>area_code</c>.</summary>
    public string Name { get; }

    /// <summary>What the column holds.</summary>
    public ExportValueType Type { get; }

    /// <summary>A Chinese label: 所在区域代码.</summary>
    public string Zh { get; }

    /// <summary>What the column means, in English.</summary>
    public string Description { get; }

    /// <summary>
    /// The value for one node or link: a string, a long, a double, a bool or a list of strings, as <see cref="Type"/>
    /// says; null when it has none.
    /// </summary>
    public object? Read(T item, ExportScope scope) => _read(item, scope);
}
