using System.Globalization;
using System.Text;
using System.Xml;

namespace ResourceHub.Graph.Export;

/// <summary>
/// Writes a scope as GraphML (graphml.graphdrawing.org), which Gephi and Cytoscape open: a directed graph whose nodes
/// are <c>n{id}</c> and edges <c>e{id}</c>, with a typed key (string, long, double, boolean) for every column of
/// <see cref="ExportColumns"/> (named as <see cref="AttributeName"/> says), each key described in Chinese and English. Nodes carry <c>label</c> (the name) and
/// edges <c>label</c> (the link type in Chinese) and <c>weight</c>, the attributes those tools look for.
/// </summary>
public static class GraphMLExportWriter
{
    /// <summary>The GraphML namespace.</summary>
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>Writes the scope to the stream.</summary>
    public static async Task WriteAsync(ExportScope scope, Stream stream, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(stream);
        var settings = new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false), Indent = true, CloseOutput = false };
        await using var xml = XmlWriter.Create(stream, settings);
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "graphml", Namespace);
        await xml.WriteAttributeStringAsync("xmlns", "xsi", null, Xsi);
        await xml.WriteAttributeStringAsync(null, "schemaLocation", Xsi, Namespace + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");

        await WriteKeyAsync(xml, "label", "node", "label", "string", "名称 — the node's name, for the drawing");
        foreach (var column in ExportColumns.AllNodeColumns) await WriteKeyAsync(xml, NodeKey(column.Name), "node", AttributeName(column.Name), TypeOf(column.Type), $"{column.Zh} — {column.Description}");
        await WriteKeyAsync(xml, "e_label", "edge", "label", "string", "关系 — the link type in Chinese, for the drawing");
        // Gephi and Cytoscape take the edge attribute named weight (a double) as the edge's weight.
        foreach (var column in ExportColumns.Links) await WriteKeyAsync(xml, EdgeKey(column.Name), "edge", AttributeName(column.Name), TypeOf(column.Type), $"{column.Zh} — {column.Description}");

        await xml.WriteStartElementAsync(null, "graph", Namespace);
        await xml.WriteAttributeStringAsync(null, "id", null, scope.Area is { } area ? $"{area.Name} ({area.Code})" : "ResourceHub");
        await xml.WriteAttributeStringAsync(null, "edgedefault", null, "directed");
        var count = 0;
        foreach (var node in scope.Nodes())
        {
            await xml.WriteStartElementAsync(null, "node", Namespace);
            await xml.WriteAttributeStringAsync(null, "id", null, NodeId(node.Id));
            await WriteDataAsync(xml, "label", node.Name);
            foreach (var column in ExportColumns.Of(node.Kind)) await WriteDataAsync(xml, NodeKey(column.Name), ExportValues.Text(column.Read(node, scope)));
            await xml.WriteEndElementAsync();
            if (++count % 1024 == 0) await xml.FlushAsync();
        }
        foreach (var link in scope.Links())
        {
            await xml.WriteStartElementAsync(null, "edge", Namespace);
            await xml.WriteAttributeStringAsync(null, "id", null, "e" + link.Id.ToString(CultureInfo.InvariantCulture));
            await xml.WriteAttributeStringAsync(null, "source", null, NodeId(link.FromId));
            await xml.WriteAttributeStringAsync(null, "target", null, NodeId(link.ToId));
            await WriteDataAsync(xml, "e_label", ExportLabels.Zh(link.Type));
            foreach (var column in ExportColumns.Links) await WriteDataAsync(xml, EdgeKey(column.Name), ExportValues.Text(column.Read(link, scope)));
            await xml.WriteEndElementAsync();
            if (++count % 1024 == 0) await xml.FlushAsync();
        }
        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
        await xml.FlushAsync();
    }

    /// <summary>The GraphML id of a node: <c>n140</c>.</summary>
    public static string NodeId(long id) => "n" + id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The key id of a node column: <c>n_area_code</c>.</summary>
    public static string NodeKey(string column) => "n_" + column;

    /// <summary>The key id of a link column: <c>e_type</c>.</summary>
    public static string EdgeKey(string column) => "e_" + column;

    /// <summary>
    /// The attribute name of a column in GraphML: the column's name, but <c>hub_id</c> for <c>id</c> and <c>link_type</c>
    /// for <c>type</c>, which Gephi keeps for its own columns (a node's or edge's Id, an edge's directedness).
    /// </summary>
    public static string AttributeName(string column) => column switch
    {
        "id" => "hub_id",
        "type" => "link_type",
        _ => column,
    };

    private static async Task WriteKeyAsync(XmlWriter xml, string id, string domain, string name, string type, string description)
    {
        await xml.WriteStartElementAsync(null, "key", Namespace);
        await xml.WriteAttributeStringAsync(null, "id", null, id);
        await xml.WriteAttributeStringAsync(null, "for", null, domain);
        await xml.WriteAttributeStringAsync(null, "attr.name", null, name);
        await xml.WriteAttributeStringAsync(null, "attr.type", null, type);
        await xml.WriteElementStringAsync(null, "desc", Namespace, description);
        await xml.WriteEndElementAsync();
    }

    private static async Task WriteDataAsync(XmlWriter xml, string key, string? value)
    {
        if (value is null) return;
        await xml.WriteStartElementAsync(null, "data", Namespace);
        await xml.WriteAttributeStringAsync(null, "key", null, key);
        await xml.WriteStringAsync(value);
        await xml.WriteEndElementAsync();
    }

    private static string TypeOf(ExportValueType type) => type switch
    {
        ExportValueType.Integer => "long",
        ExportValueType.Number => "double",
        ExportValueType.Boolean => "boolean",
        _ => "string",
    };
}
